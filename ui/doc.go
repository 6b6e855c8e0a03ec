// Package ui is Factcheck's desktop window, built with Fyne: a checker
// searches and filters the claims of a database, reads each one in its
// sentence and article beside the claims about the same thing in other
// articles, rules on it from the keyboard, undoes and redoes rulings,
// imports articles and exports CSV.
//
// The window reads and writes a database through the Store interface,
// opened by Options.Open (cmd/factcheck gives it db.Store). A Review is a
// thin window over three parts that talk through On… callbacks: the list
// column (search, filters, the list and its selection), the claim panel
// and the side panel (the ruling, the group, the history); a session
// holds the open database and its claims, without widgets, and a dialog
// host the dialogs open over the window.
//
// The window never waits on the database or the search index: every call
// to them runs in a goroutine and hands its result back to the UI
// goroutine through fyne.Do. Writes to the database run one after another,
// in the order the checker made them. The package builds and is tested
// without a display (fyne.io/fyne/v2/test); only cmd/factcheck starts a
// real app.
package ui
