package ui

import (
	"slices"
	"testing"
)

func TestShortcutsAreUniqueAndListed(t *testing.T) {
	h := newHarness(t)
	seen := map[string]string{}
	claim := func(key, label string) {
		if other, ok := seen[key]; ok {
			t.Errorf("%s runs both %q and %q", key, other, label)
		}
		seen[key] = label
	}
	for _, cmd := range h.commands() {
		if cmd.shortcut == nil {
			continue
		}
		for _, k := range keysText(cmd) {
			claim(k, cmd.label)
		}
		if !slices.Contains(helpSections, cmd.section) {
			t.Errorf("%q is in no help section (%q)", cmd.label, cmd.section)
		}
	}
	menu := h.buildMenu()
	var labels []string
	for _, m := range menu.Items {
		for _, it := range m.Items {
			labels = append(labels, it.Label)
			if it.Shortcut != nil {
				claim("menu:"+it.Shortcut.ShortcutName(), it.Label)
			}
		}
	}
	for _, cmd := range h.commands() {
		if !slices.Contains(labels, cmd.label) {
			t.Errorf("%q is in no menu", cmd.label)
		}
	}
}
