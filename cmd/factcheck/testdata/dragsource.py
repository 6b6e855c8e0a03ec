#!/usr/bin/python3
"""A window to drag files from, for the real-window tests.

    dragsource.py FILE...

shows a window titled "Drag source" holding one button, "Drag me", which
offers the files given as text/uri-list when dragged (XDND), as a file
manager does. It prints "dragsource: ready" once the button is shown,
"dragsource: sent N files" each time a drop takes them, and
"dragsource: drag ended" when a drag ends, and exits when its window is
closed or it is ended.
"""

import os
import signal
import sys

import gi

gi.require_version("Gdk", "3.0")
gi.require_version("Gtk", "3.0")
from gi.repository import Gdk, GLib, Gtk  # noqa: E402


def say(msg):
    print("dragsource: " + msg, flush=True)


def main():
    uris = [GLib.filename_to_uri(os.path.abspath(p), None) for p in sys.argv[1:]]
    if not uris:
        print("usage: dragsource.py FILE...", file=sys.stderr)
        return 2
    win = Gtk.Window(title="Drag source")
    win.set_default_size(200, 120)
    win.connect("destroy", Gtk.main_quit)
    button = Gtk.Button(label="Drag me")
    button.drag_source_set(Gdk.ModifierType.BUTTON1_MASK, [], Gdk.DragAction.COPY)
    button.drag_source_add_uri_targets()

    def data_get(_widget, _context, data, _info, _time):
        data.set_uris(uris)
        say("sent %d files" % len(uris))

    button.connect("drag-data-get", data_get)
    button.connect("drag-end", lambda *_: say("drag ended"))
    win.add(button)
    win.connect("map-event", lambda *_: say("ready"))
    win.show_all()
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGTERM, Gtk.main_quit)
    Gtk.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
