package ui

import (
	"errors"
	"io/fs"
	"net"
	"net/url"
	"strings"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// advice says what a checker can do about err.
func advice(err error) string {
	switch {
	case errors.Is(err, factcheck.ErrLocked):
		return "Another program is writing to the database. Close it (or the other Factcheck window) and try again; nothing was lost."
	case errors.Is(err, factcheck.ErrCorrupt):
		return "The database file is damaged and was left as it is. Open a backup copy with File › Open database."
	case errors.Is(err, factcheck.ErrNotFactcheck):
		return "This file is not a Factcheck database and was left as it is. Choose a .db file that Factcheck created."
	case errors.Is(err, factcheck.ErrNewerSchema):
		return "A newer version of Factcheck wrote this database. Install that version to open it; the file was left as it is."
	case errors.Is(err, factcheck.ErrFull):
		return "The disk is full. Free some space and try again; every earlier ruling is kept."
	case errors.Is(err, syscall.ENOSPC):
		return "The disk is full: nothing was written. Free some space, or choose a folder on another disk, and try again."
	case errors.Is(err, factcheck.ErrNoDatabase):
		return "Check the path, or open another database with File › Open database (Ctrl+O). Factcheck makes a new database only on its first start or when you import into one with claims import."
	case errors.Is(err, factcheck.ErrReadOnly):
		return "The database can be read but not changed here. Copy it to a folder you may write to, or ask for write permission, and open it again; nothing was changed."
	case errors.Is(err, ingest.ErrNotRegular), errors.Is(err, ingest.ErrLoop):
		return "Only regular files are read as articles. Import the file itself rather than a link, pipe or device."
	case errors.Is(err, ingest.ErrTooLarge), errors.Is(err, ingest.ErrTooManyClaims):
		return "This is more than one article. Split it into its articles and import them."
	case errors.Is(err, factcheck.ErrBadChecker):
		return "Type your name in letters, digits and punctuation only, with Edit › Checker name."
	case errors.Is(err, factcheck.ErrBadReading):
		return "Correct what the message names in the reading (its value, unit or date) and save it again."
	case errors.Is(err, factcheck.ErrConflict):
		return "Another checker has ruled on this claim since. Read its history and rule on it again."
	case errors.Is(err, extract.ErrBinary), errors.Is(err, document.ErrUnsupported):
		return "Factcheck reads text, web pages, PDF, Word (.docx) and Markdown files. Save the article as one of these, or copy its text and paste it on the list with Ctrl+V."
	case errors.Is(err, extract.ErrFault):
		return "This is a fault in Factcheck, not in the file; the other files are imported. Tell whoever looks after Factcheck, with this message and the file."
	case errors.Is(err, document.ErrDamaged):
		return "The file is damaged, or is not what its name says (a .pdf that is no PDF). Open it in its own program and save it again, or copy its text and paste it on the list with Ctrl+V."
	case errors.Is(err, document.ErrNoText):
		return "There is no text to read in it: a scanned PDF, or a page whose article needs a sign-in. Copy the article's text and paste it on the list with Ctrl+V."
	case errors.Is(err, document.ErrEncrypted):
		return "The PDF is protected by a password. Save an unprotected copy, or copy its text and paste it with Ctrl+V."
	case errors.Is(err, ingest.ErrNotArticleType):
		return "The link leads to something other than an article (a picture, a video). Use the link of the article's page."
	case errors.Is(err, ingest.ErrNotLink):
		return "Type a web link that starts with http:// or https://."
	case errors.Is(err, ingest.ErrRefused):
		return "The page may be gone or need a sign-in. Open it in a browser, save it (or copy its text), and import the saved file (or paste the text)."
	case isNetwork(err):
		return "Factcheck could not reach the server. Check the link and the network connection and try again."
	case errors.Is(err, syscall.EROFS):
		return "That folder is on a disk that cannot be written to (read-only). Choose a folder on another disk; nothing was written."
	case errors.Is(err, fs.ErrPermission):
		return "Factcheck may not write or read there. Choose another folder, or check the file's permissions."
	case errors.Is(err, fs.ErrNotExist):
		return "The file or folder is not there, or no file can be made in it. Choose another."
	}
	return "Try again. If it keeps failing, note this message and tell whoever looks after Factcheck."
}

// isNetwork reports whether err is a failure to reach a server: a refused
// or timed-out connection, an unknown host, a broken TLS handshake, any
// failed request of a link (net/http wraps them all in a *url.Error). Not
// net.Error alone: every system error number (syscall.Errno) has its
// methods, a file's "no such file or directory" too.
func isNetwork(err error) bool {
	var ue *url.Error
	var oe *net.OpError
	var de *net.DNSError
	return errors.As(err, &ue) || errors.As(err, &oe) || errors.As(err, &de) ||
		strings.Contains(err.Error(), "tls: ")
}

// showError shows what went wrong, the error itself, and what to do.
func (dh *dialogHost) showError(what string, err error) {
	dh.showProblem(what, err.Error(), advice(err))
}

// showProblem shows a problem in a dialog: what happened, in bold, the
// details, and what to do.
func (dh *dialogHost) showProblem(what, details, todo string) {
	var body fyne.CanvasObject = &widget.Label{Text: details, Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText, Selectable: true}
	if lines := strings.Count(details, "\n") + 1; lines > problemLines {
		// a list of any length (every file an import passed over), a line
		// each, scrolling within what the window leaves the dialog
		list := &widget.Label{Text: details, Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText}
		scroll := container.NewVScroll(list)
		scroll.SetMinSize(fyne.NewSize(0, max(dh.win.Canvas().Size().Height-problemFrame, 3*theme.TextSize())))
		body = scroll
	}
	content := container.NewVBox(
		&widget.Label{Text: what, TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord},
		body,
		&widget.Label{Text: todo, Wrapping: fyne.TextWrapWord},
	)
	d := dialog.NewCustom("Factcheck", "OK   Enter", content, dh.win)
	dh.openDialog(what, d, nil)
	// Wrapped labels ask for their height at the width they have: once at
	// the dialog's width, they ask for less than before.
	d.Resize(fyne.NewSize(problemWidth, d.MinSize().Height))
	d.Resize(fyne.NewSize(problemWidth, d.MinSize().Height))
}

// A problem's dialog is problemWidth wide; its title, what happened, what
// to do and its button take about problemFrame of the window's height,
// the details the rest.
const (
	problemWidth = 520
	problemFrame = 260
	problemLines = 8 // details of more lines than this scroll
)
