package db

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"fmt"
	"strconv"
	"time"

	"github.com/google/uuid"
)

// newEventID returns a new event's uid: a UUIDv7 (RFC 9562), its first 48
// bits the time in milliseconds, the rest random, in its 36-character
// text form.
func newEventID() (string, error) {
	id, err := uuid.NewV7()
	if err != nil {
		return "", fmt.Errorf("make an event ID: %w", err)
	}
	return id.String(), nil
}

// stampAfter returns the time a new event is stamped with: now, or when
// the clock says otherwise, a nanosecond after prev, the event it
// follows, so that the latest by (at, uid) is the one appended last.
func stampAfter(prev time.Time) time.Time {
	at := now().UTC()
	if !at.After(prev) {
		at = prev.Add(time.Nanosecond)
	}
	return at
}

// legacyEventID returns the uid of an event written before events had
// one: a UUIDv7 whose time is the event's and whose other bits come from
// a SHA-256 of what the event holds (its seq, time, checker, claim,
// action and verdict), so that two copies of one review migrated apart
// agree on it.
func legacyEventID(seq, claim int64, at, checker, action, verdict string) (string, error) {
	t, err := parseTime(at)
	if err != nil {
		return "", err
	}
	h := sha256.Sum256([]byte(strconv.FormatInt(seq, 10) + "\x00" + at + "\x00" + checker + "\x00" +
		strconv.FormatInt(claim, 10) + "\x00" + action + "\x00" + verdict))
	var id uuid.UUID
	copy(id[:], h[:])
	ms := uint64(max(t.UnixMilli(), 0))
	binary.BigEndian.PutUint16(id[0:2], uint16(ms>>32))
	binary.BigEndian.PutUint32(id[2:6], uint32(ms))
	id[6] = 0x70 | id[6]&0x0f // version 7
	id[8] = 0x80 | id[8]&0x3f // the RFC 9562 variant
	return id.String(), nil
}

// convertEventIDs is migration 9's Go code: it gives every event written
// before the migration its uid (legacyEventID), with the append-only
// trigger lifted for the migration's transaction alone.
func convertEventIDs(ctx context.Context, tx dbtx) error {
	type pending struct {
		id  int64
		uid string
	}
	var all []pending
	err := eachRow(ctx, tx, "SELECT id, seq, claim_id, at, checker, action, verdict FROM rulings ORDER BY seq", nil, func(rows *sql.Rows) error {
		var id, seq, claim int64
		var at, checker, action, verdict string
		if err := rows.Scan(&id, &seq, &claim, &at, &checker, &action, &verdict); err != nil {
			return classify(err)
		}
		uid, err := legacyEventID(seq, claim, at, checker, action, verdict)
		if err != nil {
			return fmt.Errorf("event %d: %w", id, err)
		}
		all = append(all, pending{id, uid})
		return nil
	})
	if err != nil {
		return err
	}
	stmt, err := tx.PrepareContext(ctx, "UPDATE rulings SET uid = ? WHERE id = ?")
	if err != nil {
		return classify(err)
	}
	defer stmt.Close()
	for _, p := range all {
		if _, err := stmt.ExecContext(ctx, p.uid, p.id); err != nil {
			return classify(err)
		}
	}
	return nil
}
