package db

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// logChannel is the channel a server's review notifies when a commit
// adds ruling events (the trigger rulings_notify, migration 9).
const logChannel = "factcheck_rulings"

// listenBound is how long WaitLog waits for a notification at most, so
// that a connection lost without a word is noticed.
const listenBound = 10 * time.Second

// A logListener holds the connection a server's review is listened to
// on, apart from the store's pool, made by the first WaitLog.
type logListener struct {
	mu     sync.Mutex // held while waiting
	conn   *pgx.Conn  // nil until the first WaitLog, or after it was lost
	cancel context.CancelFunc
	ctx    context.Context // ended by close
	once   sync.Once
}

func (l *logListener) init() {
	l.once.Do(func() { l.ctx, l.cancel = context.WithCancel(context.Background()) })
}

// close ends a wait under way and closes the connection.
func (l *logListener) close() {
	l.init()
	l.cancel()
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.conn != nil {
		l.conn.Close(context.Background())
		l.conn = nil
	}
}

// WaitLog returns when rulings may have been added to the log since the
// caller last read it (see RulingsSince), or after poll. On a server it
// listens for the notification every commit adding events sends, so that
// a ruling shows in the other checkers' windows at once: the first call
// returns as soon as it listens, later ones when a notification comes, or
// after 10 s at most; if the server cannot be listened to, it waits poll.
// On a file, which sends no notifications, it waits poll. It returns
// ctx's error when ctx ends first, and nil otherwise.
func (s *Store) WaitLog(ctx context.Context, poll time.Duration) error {
	if s.d != postgresDialect {
		return sleep(ctx, poll)
	}
	l := &s.listen
	l.init()
	l.mu.Lock()
	defer l.mu.Unlock()
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	defer context.AfterFunc(l.ctx, stop)()
	if l.conn == nil {
		conn, err := pgx.Connect(ctx, s.target)
		if err == nil {
			_, err = conn.Exec(ctx, "LISTEN "+logChannel)
			if err != nil {
				conn.Close(context.Background())
			}
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return sleep(ctx, poll)
		}
		l.conn = conn
		return nil // what was committed before it listened is read now
	}
	wait, cancel := context.WithTimeout(ctx, listenBound)
	defer cancel()
	_, err := l.conn.WaitForNotification(wait)
	switch {
	case err == nil || errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil:
		return nil
	case ctx.Err() != nil:
		return ctx.Err()
	}
	// The connection is lost: the next call connects again.
	l.conn.Close(context.Background())
	l.conn = nil
	return sleep(ctx, poll)
}

// sleep waits d, or until ctx ends, and returns ctx's error then.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
