package ui

import (
	"os"
	"slices"

	"fyne.io/fyne/v2"
)

// prefRecent keeps the databases opened lately, latest first.
const prefRecent = "recentDatabases"

// maxRecent is how many databases File › Recent databases lists.
const maxRecent = 8

// buildMenu builds the main menu from the commands, with the recent
// databases under File.
func (r *Review) buildMenu() *fyne.MainMenu {
	menus := map[string]*fyne.Menu{}
	var order []*fyne.Menu
	for _, cmd := range r.commands() {
		m := menus[cmd.menu]
		if m == nil {
			m = fyne.NewMenu(cmd.menu)
			menus[cmd.menu] = m
			order = append(order, m)
		}
		if cmd.gap && len(m.Items) > 0 {
			m.Items = append(m.Items, fyne.NewMenuItemSeparator())
		}
		item := fyne.NewMenuItem(cmd.label, func() { r.runCommand(cmd) })
		if cmd.shortcut != nil {
			item.Shortcut = cmd.shortcut
		}
		if cmd.label == "Quit" {
			item.IsQuit = true
		}
		if cmd.label == "Open database…" {
			m.Items = append(m.Items, item, r.recentMenu())
			continue
		}
		m.Items = append(m.Items, item)
	}
	return fyne.NewMainMenu(order...)
}

// recentMenu is File › Recent databases.
func (r *Review) recentMenu() *fyne.MenuItem {
	item := fyne.NewMenuItem("Recent databases", nil)
	item.ChildMenu = fyne.NewMenu("")
	for _, p := range r.recent() {
		item.ChildMenu.Items = append(item.ChildMenu.Items, fyne.NewMenuItem(p, func() { r.Open(p, false) }))
	}
	if len(item.ChildMenu.Items) == 0 {
		none := fyne.NewMenuItem("None yet", nil)
		none.Disabled = true
		item.ChildMenu.Items = append(item.ChildMenu.Items, none)
	}
	return item
}

// recent returns the databases opened lately that still exist, latest
// first.
func (r *Review) recent() []string {
	var out []string
	for _, p := range r.app.Preferences().StringList(prefRecent) {
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	return out
}

// rememberDatabase puts path first among the recent databases.
func (r *Review) rememberDatabase(path string) {
	list := slices.DeleteFunc(r.recent(), func(p string) bool { return p == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	r.app.Preferences().SetStringList(prefRecent, list)
	r.win.SetMainMenu(r.buildMenu())
}

// LastDatabase returns the database the app opened last, if it still
// exists, or "".
func LastDatabase(app fyne.App) string {
	for _, p := range app.Preferences().StringList(prefRecent) {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}
