package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Fyne lays a container out when its size changes, not when what it holds
// grows or shrinks (a label wrapping to more lines, rows added to a box).
// These lay out again what changed.

// relayout lays each container out again at its size, in order.
func relayout(cs ...*fyne.Container) {
	for _, c := range cs {
		if c.Layout != nil {
			c.Layout.Layout(c.Objects, c.Size())
		}
	}
}

// refit resizes a scroll's content to its new height, at the scroll's
// width, and lays it out.
func refit(s *container.Scroll) {
	c := s.Content
	size := s.Size()
	c.Resize(fyne.NewSize(size.Width, max(c.MinSize().Height, size.Height)))
	if cc, ok := c.(*fyne.Container); ok {
		relayout(cc)
	}
	s.Refresh()
}
