// Package calendar holds the calendar date that extraction reads and
// grouping compares: a day of a month, with or without its year, valid by
// the Gregorian calendar (29 February only in a leap year, or when the
// year is unknown).
package calendar

import (
	"fmt"
	"strconv"
)

// A Date is a calendar date: Y the year (0 when unknown), M the month
// (1-12), D the day of the month.
type Date struct{ Y, M, D int }

// Valid reports whether t is a day of the calendar: a month 1-12 and a day
// that month has in year Y.
func (t Date) Valid() bool { return t.M >= 1 && t.M <= 12 && t.D >= 1 && t.D <= DaysIn(t.M, t.Y) }

// DaysIn returns the number of days of month m (1-12) in year y; February
// has 29 when y is a leap year or 0 (unknown).
func DaysIn(m, y int) int {
	switch m {
	case 2:
		if y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Rough counts days from year 0 in years of 372 days (12 months of 31):
// not a calendar's count, but enough to tell which of two dates is nearer
// a third, or how far apart two dates of a season lie.
func (t Date) Rough() int { return t.Y*372 + t.M*31 + t.D }

// ISO formats t as "YYYY-MM-DD", or "--MM-DD" when the year is unknown.
func (t Date) ISO() string {
	if t.Y == 0 {
		return fmt.Sprintf("--%02d-%02d", t.M, t.D)
	}
	return fmt.Sprintf("%04d-%02d-%02d", t.Y, t.M, t.D)
}

// ParseISO reads "YYYY-MM-DD", a valid date of a year from 1, and
// reports whether s was one.
func ParseISO(s string) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	y, err1 := strconv.Atoi(s[:4])
	m, err2 := strconv.Atoi(s[5:7])
	d, err3 := strconv.Atoi(s[8:])
	t := Date{y, m, d}
	if err1 != nil || err2 != nil || err3 != nil || y < 1 || !t.Valid() {
		return Date{}, false
	}
	return t, true
}

// ParseDay reads a day as a claim's value writes it, "YYYY-MM-DD" or
// "--MM-DD" when the year is unknown (Y 0), and reports whether s was
// one.
func ParseDay(s string) (Date, bool) {
	if len(s) == len("--MM-DD") && s[:2] == "--" {
		t, ok := ParseISO("0004" + s[1:]) // a leap year, so that "--02-29" reads
		t.Y = 0
		return t, ok
	}
	return ParseISO(s)
}
