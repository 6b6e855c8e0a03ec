package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/factcheck/factcheck/factcheck"
)

// Every keyboard shortcut of the window. The same values go on the menu
// items, which show them, and on the canvas, which runs them.
//
// Shortcuts without a modifier are single keys: they run only while no
// text field has the focus, so that typing a note never rules on a claim
// (onKey dispatches them). Shortcuts with a modifier run everywhere, but
// Ctrl+Z and Ctrl+Y reach a focused text field first and undo typing
// there, as in any editor.
var (
	keyVerified    = &desktop.CustomShortcut{KeyName: fyne.KeyV}
	keyDisputed    = &desktop.CustomShortcut{KeyName: fyne.KeyD}
	keySuperseded  = &desktop.CustomShortcut{KeyName: fyne.KeyS}
	keyClear       = &desktop.CustomShortcut{KeyName: fyne.KeyC}
	keyUnverified  = &desktop.CustomShortcut{KeyName: fyne.KeyU}
	keyDismiss     = &desktop.CustomShortcut{KeyName: fyne.KeyX}
	keyAmend       = &desktop.CustomShortcut{KeyName: fyne.KeyA}
	keyOutside     = &desktop.CustomShortcut{KeyName: fyne.KeyO}
	keyApply       = &desktop.CustomShortcut{KeyName: fyne.KeyG}
	keyNextInGroup = &desktop.CustomShortcut{KeyName: fyne.KeyL}
	keyClearSearch = &desktop.CustomShortcut{KeyName: fyne.KeyEscape}
	keyNext        = &desktop.CustomShortcut{KeyName: fyne.KeyJ}
	keyPrevious    = &desktop.CustomShortcut{KeyName: fyne.KeyK}
	keyNextUnruled = &desktop.CustomShortcut{KeyName: fyne.KeyN}
	keyNote        = &desktop.CustomShortcut{KeyName: fyne.KeyM}
	keyEvidence    = &desktop.CustomShortcut{KeyName: fyne.KeyE}
	keyFirst       = &desktop.CustomShortcut{KeyName: fyne.KeyHome}
	keyLast        = &desktop.CustomShortcut{KeyName: fyne.KeyEnd}
	keyPageDown    = &desktop.CustomShortcut{KeyName: fyne.KeyPageDown}
	keyPageUp      = &desktop.CustomShortcut{KeyName: fyne.KeyPageUp}
	keyHelp        = &desktop.CustomShortcut{KeyName: fyne.KeyF1}
	keyProgress    = &desktop.CustomShortcut{KeyName: fyne.KeyF2}

	keyUndo     = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault}
	keyRedo     = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	keyFind     = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	keyImport   = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault}
	keyExport   = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	keyOpen     = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	keyMerge    = &desktop.CustomShortcut{KeyName: fyne.KeyM, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	keyHelpCtrl = &desktop.CustomShortcut{KeyName: fyne.KeySlash, Modifier: fyne.KeyModifierShortcutDefault}
	keyQuit     = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	keyPalette  = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	keyPaste    = &desktop.CustomShortcut{KeyName: fyne.KeyV, Modifier: fyne.KeyModifierShortcutDefault}
	keyAddClaim = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	keyAssign   = &desktop.CustomShortcut{KeyName: fyne.KeyA, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// A command is something the checker can do from the menus, most of them
// also from the keyboard.
type command struct {
	menu     string // the menu that holds it
	section  string // its heading in the help dialog; "" when it has no shortcut
	label    string // its menu item and help text
	shortcut *desktop.CustomShortcut
	keys     []fyne.KeyName  // more single keys that run it
	aliases  []fyne.Shortcut // more shortcuts that run it (the driver's own Undo and Redo)
	gap      bool            // a separator goes before it in its menu
	// always runs even while a dialog is open (Quit); other commands
	// wait for the dialogs to close.
	always bool
	run    func()
}

// The menus, in order.
const (
	menuFile  = "File"
	menuEdit  = "Edit"
	menuClaim = "Claim"
	menuHelp  = "Help"
)

// The help dialog's sections, in its order.
const (
	helpRule  = "Rule on the selected claim"
	helpMove  = "Move and search"
	helpUndo  = "Undo and redo"
	helpFiles = "Files"
	helpDesk  = "Share the work"
	helpHelp  = "Help"
)

var helpSections = []string{helpRule, helpMove, helpUndo, helpFiles, helpDesk, helpHelp}

// commands lists every command in menu order.
func (r *Review) commands() []command {
	const rule, move, undo, files = helpRule, helpMove, helpUndo, helpFiles
	return []command{
		{menu: menuFile, section: files, label: "Import article…", shortcut: keyImport, run: r.onImportFiles},
		{menu: menuFile, label: "Import folder…", run: r.onImportFolder},
		{menu: menuFile, label: "Import from link…", run: r.onImportLink},
		{menu: menuFile, section: files, label: "Paste article (text or link)", shortcut: keyPaste, aliases: []fyne.Shortcut{&fyne.ShortcutPaste{}}, run: r.onPaste},
		{menu: menuFile, label: "Extract all articles again…", run: r.onReextractAsk},
		{menu: menuFile, section: files, label: "Export verdicts as CSV…", shortcut: keyExport, gap: true, run: func() { r.onExport(false) }},
		{menu: menuFile, label: "Export history as CSV…", run: func() { r.onExport(true) }},
		{menu: menuFile, label: "Export for publishing (ClaimReview)…", run: r.onExportClaimReview},
		{menu: menuFile, section: files, label: "Open database…", shortcut: keyOpen, gap: true, run: r.onOpenDatabase},
		{menu: menuFile, section: files, label: "Merge review…", shortcut: keyMerge, run: r.onMergeReview},
		{menu: menuFile, section: files, label: "Quit", shortcut: keyQuit, gap: true, always: true, run: r.onQuit},

		{menu: menuEdit, section: undo, label: "Undo ruling", shortcut: keyUndo, aliases: []fyne.Shortcut{&fyne.ShortcutUndo{}}, run: r.onUndo},
		{menu: menuEdit, section: undo, label: "Redo ruling", shortcut: keyRedo, aliases: []fyne.Shortcut{&fyne.ShortcutRedo{}}, run: r.onRedo},
		{menu: menuEdit, label: "Checker name…", gap: true, run: func() { r.askChecker(nil) }},

		{menu: menuClaim, section: rule, label: "Verified", shortcut: keyVerified, run: func() { r.side.rule(factcheck.Verified) }},
		{menu: menuClaim, section: rule, label: "Disputed", shortcut: keyDisputed, run: func() { r.side.rule(factcheck.Disputed) }},
		{menu: menuClaim, section: rule, label: "Superseded by…", shortcut: keySuperseded, run: func() { r.side.rule(factcheck.Superseded) }},
		{menu: menuClaim, section: rule, label: "Superseded by an outside figure…", shortcut: keyOutside, run: r.onSupersedeByFigure},
		{menu: menuClaim, section: rule, label: "Cannot verify", shortcut: keyUnverified, run: func() { r.side.rule(factcheck.Unverifiable) }},
		{menu: menuClaim, section: rule, label: "Not a claim (dismiss)", shortcut: keyDismiss, run: func() { r.side.rule(factcheck.Dismissed) }},
		{menu: menuClaim, section: rule, label: "Clear the verdict", shortcut: keyClear, run: func() { r.side.rule(factcheck.Cleared) }},
		{menu: menuClaim, section: rule, label: "Amend the reading…", shortcut: keyAmend, gap: true, run: r.onAmend},
		{menu: menuClaim, section: rule, label: "Add a claim the extractor missed…", shortcut: keyAddClaim, run: r.onAddClaim},
		{menu: menuClaim, section: rule, label: "Apply the suggestion", shortcut: keyApply, run: r.side.apply},
		{menu: menuClaim, label: "Article details…", gap: true, run: r.onEditArticle},
		{menu: menuClaim, label: "Open the article's source", run: r.onOpenSource},
		{menu: menuClaim, section: helpDesk, label: "Assign the article to a checker…", shortcut: keyAssign, run: r.onAssign},
		{menu: menuClaim, section: rule, label: "Write a note", shortcut: keyNote, run: r.onFocusNote},
		{menu: menuClaim, section: rule, label: "Write the evidence", shortcut: keyEvidence, run: r.onFocusEvidence},
		{menu: menuClaim, section: move, label: "Next claim", shortcut: keyNext, keys: []fyne.KeyName{fyne.KeyDown}, gap: true, run: r.col.next},
		{menu: menuClaim, section: move, label: "Previous claim", shortcut: keyPrevious, keys: []fyne.KeyName{fyne.KeyUp}, run: r.col.previous},
		{menu: menuClaim, section: move, label: "Next unruled claim", shortcut: keyNextUnruled, run: r.col.nextUnruled},
		{menu: menuClaim, section: move, label: "Next claim about the same thing", shortcut: keyNextInGroup, run: r.onNextInGroup},
		{menu: menuClaim, section: move, label: "First claim", shortcut: keyFirst, run: r.col.first},
		{menu: menuClaim, section: move, label: "Last claim", shortcut: keyLast, run: r.col.last},
		{menu: menuClaim, section: move, label: "Page down", shortcut: keyPageDown, run: func() { r.col.page(1) }},
		{menu: menuClaim, section: move, label: "Page up", shortcut: keyPageUp, run: func() { r.col.page(-1) }},
		{menu: menuClaim, section: move, label: "Search claims", shortcut: keyFind, gap: true, run: r.onFocusSearch},
		{menu: menuClaim, section: move, label: "Clear the search (the whole list, on the claim selected)", shortcut: keyClearSearch, run: r.col.clearSearch},
		{menu: menuClaim, section: move, label: "Progress at a glance", shortcut: keyProgress, run: r.onProgress},

		{menu: menuHelp, section: helpHelp, label: "Find a command", shortcut: keyPalette, run: r.onPalette},
		{menu: menuHelp, section: helpHelp, label: "Keyboard shortcuts", shortcut: keyHelp, aliases: []fyne.Shortcut{keyHelpCtrl}, run: r.onHelp},
		{menu: menuHelp, label: "About Factcheck", run: r.onAbout},
	}
}

// bindShortcuts registers every command with a modifier on the canvas.
func (r *Review) bindShortcuts() {
	c := r.win.Canvas()
	for _, cmd := range r.commands() {
		run := func(fyne.Shortcut) { r.runCommand(cmd) }
		if cmd.shortcut != nil && cmd.shortcut.Modifier != 0 {
			c.AddShortcut(cmd.shortcut, run)
		}
		for _, a := range cmd.aliases {
			c.AddShortcut(a, run)
		}
	}
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { r.onKey(ev) })
}

// runCommand runs cmd unless a dialog has the window: a key meant for the
// dialog never acts on the claims behind it.
func (r *Review) runCommand(cmd command) {
	if r.dlg.modalOpen() && !cmd.always {
		return
	}
	cmd.run()
}

// onKey runs the command bound to a single key, unless a text field has
// the focus; while a dialog is open, Escape and Enter go to it and other
// keys do nothing. While a search is under way, the command waits for its
// result, so that it acts on the claim the search selects. onKey reports
// whether it took the key.
func (r *Review) onKey(ev *fyne.KeyEvent) bool {
	r.dlg.keyTyped(ev.Name)
	if r.dlg.modalOpen() {
		r.dlg.dialogKey(ev)
		return true
	}
	if _, typing := r.win.Canvas().Focused().(textField); typing {
		return false
	}
	for _, cmd := range r.commands() {
		if cmd.shortcut != nil && cmd.shortcut.Modifier == 0 && cmd.shortcut.KeyName == ev.Name ||
			slices.Contains(cmd.keys, ev.Name) {
			r.col.whenSearched(func() { r.runCommand(cmd) })
			return true
		}
	}
	return false
}

// A textField is a widget.Entry, or a widget extending one.
type textField interface{ SetPlaceHolder(string) }

// shortcutText is how the menus write a shortcut: "Ctrl+Shift+Z", "V".
func shortcutText(sc *desktop.CustomShortcut) string {
	s := ""
	if sc.Modifier&fyne.KeyModifierControl != 0 {
		s += "Ctrl+"
	}
	if sc.Modifier&fyne.KeyModifierSuper != 0 {
		s += "Cmd+"
	}
	if sc.Modifier&fyne.KeyModifierAlt != 0 {
		s += "Alt+"
	}
	if sc.Modifier&fyne.KeyModifierShift != 0 {
		s += "Shift+"
	}
	return s + keyText(sc.KeyName)
}

// keyText is how a key is written: fyne names Page Up "Prior".
func keyText(k fyne.KeyName) string {
	switch k {
	case fyne.KeyPageUp:
		return "PageUp"
	case fyne.KeyPageDown:
		return "PageDown"
	}
	return string(k)
}
