#!/usr/bin/python3
"""The app as a screen reader meets it: every control named, and every one reached by keyboard.

Adapted from the workplace's AT-SPI audit (tools/a11y/audit.py). It reads the AT-SPI tree Orca
reads, so it runs on Debian's /usr/bin/python3 with python3-pyatspi, on the private desktop
tests/a11y/run.sh starts; tests/a11y/test_audit.py runs it over the screens in screens.py.

For each screen (the main window with every tab, an Encouragement page, a dialog):
- names: every interactive element (button, check box, radio button, combo box, text field,
  list, page tab, menu item, spin box, ...) has an accessible name or a labelled-by relation.
  A combo box needs a label (on Linux Qt reads it as its current text and ignores its
  accessible name).
- keyboard: Tab, pressed through xdotool until focus comes round again, reaches every showing,
  enabled element, as the focus events Orca follows report it. A page tab counts as reached
  with its tab bar; a radio button when the arrow keys reach it from a member of its group
  that Tab reached (one Tab stop for a group, as Orca users meet radio groups); menu items
  are not Tab stops.

Last line: "a11y: interactive=N unnamed=M unreachable=K"; --json writes each screen's figures.
Exit status: 0 all named and reached; bit 1 unnamed, bit 2 unreachable; 4 the app, or a
screen's control or dialog, was not found.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from typing import Any

import pyatspi  # Debian's python3-pyatspi
from gi.repository import GLib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screens  # (beside this file: what to open, and how)

R = pyatspi
INTERACTIVE = {
    R.ROLE_PUSH_BUTTON, R.ROLE_TOGGLE_BUTTON, R.ROLE_CHECK_BOX, R.ROLE_RADIO_BUTTON,
    R.ROLE_COMBO_BOX, R.ROLE_TEXT, R.ROLE_ENTRY, R.ROLE_PASSWORD_TEXT, R.ROLE_LIST,
    R.ROLE_LIST_BOX, R.ROLE_TABLE, R.ROLE_TREE, R.ROLE_TREE_TABLE, R.ROLE_PAGE_TAB,
    R.ROLE_MENU_ITEM, R.ROLE_CHECK_MENU_ITEM, R.ROLE_RADIO_MENU_ITEM, R.ROLE_MENU,
    R.ROLE_SPIN_BUTTON, R.ROLE_SLIDER, R.ROLE_DIAL, R.ROLE_LINK,
}  # fmt: skip
ITEM_CONTAINERS = {R.ROLE_LIST, R.ROLE_LIST_BOX, R.ROLE_TABLE, R.ROLE_TREE, R.ROLE_TREE_TABLE}
ITEM_ROLES = {R.ROLE_LIST_ITEM, R.ROLE_TABLE_CELL, R.ROLE_TREE_ITEM, R.ROLE_TABLE_ROW}
COMPOSITES = {R.ROLE_COMBO_BOX, R.ROLE_SPIN_BUTTON}  # their line edit and arrows are theirs
TEXT_ROLES = {R.ROLE_TEXT, R.ROLE_ENTRY, R.ROLE_PASSWORD_TEXT}
MENUS = {R.ROLE_MENU_BAR, R.ROLE_POPUP_MENU, R.ROLE_MENU}
WINDOWS = {R.ROLE_FRAME, R.ROLE_DIALOG, R.ROLE_ALERT, R.ROLE_FILE_CHOOSER, R.ROLE_WINDOW}


def safe(fn: Any, default: Any = None) -> Any:
    """fn(), or default when the object went stale or doesn't answer."""
    try:
        return fn()
    except Exception:
        return default


def name_of(acc: Any) -> str:
    return (safe(lambda: acc.name, "") or "").strip()


def children(acc: Any) -> list[Any]:
    return [c for c in safe(lambda: list(acc), []) or [] if c is not None]


def key_of(acc: Any) -> str:
    return safe(lambda: acc.path, None) or str(id(acc))


class Node:
    """One accessible as read at one moment."""

    def __init__(self, acc: Any, parent: str | None, in_menu: bool, in_composite: bool) -> None:
        self.acc, self.parent, self.in_menu, self.in_composite = acc, parent, in_menu, in_composite
        self.key = key_of(acc)
        self.role = safe(acc.getRole, R.ROLE_INVALID)
        self.role_name = safe(acc.getRoleName, "?")
        self.name = name_of(acc)
        self.states = set(safe(lambda: acc.getState().getStates(), []) or [])
        self.acc_id = safe(acc.get_accessible_id, "") or ""
        self.labelled_by: list[str] = []
        for relation in safe(acc.getRelationSet, []) or []:
            if safe(relation.getRelationType) == R.RELATION_LABELLED_BY:
                for i in range(safe(relation.getNTargets, 0)):
                    target = safe(lambda r=relation, i=i: r.getTarget(i))
                    self.labelled_by.append(name_of(target))
        self.value = combo_texts(acc) if self.role == R.ROLE_COMBO_BOX else set()

    def showing(self) -> bool:
        return R.STATE_SHOWING in self.states

    def __str__(self) -> str:
        return f"{self.role_name} {self.name!r}"


def combo_texts(acc: Any) -> set[str]:
    """What a combo box shows now: its selected item, or the text in its line edit."""
    texts = set()
    for child in children(acc):
        role = safe(child.getRole)
        if role in TEXT_ROLES:
            text = safe(child.queryText)
            if text is not None:
                texts.add((safe(lambda t=text: t.getText(0, -1), "") or "").strip())
        elif role in ITEM_CONTAINERS:
            for item in children(child)[:500]:
                if safe(lambda i=item: i.getState().contains(R.STATE_SELECTED), False):
                    texts.add(name_of(item))
    return texts


def walk(root: Any) -> list[Node]:
    """Every accessible under root, not descending into list items or combo boxes."""
    safe(root.clear_cache)
    out: list[Node] = []
    stack: list[tuple[Any, str | None, bool, bool]] = [(root, None, False, False)]
    while stack and len(out) < 20000:
        acc, parent, in_menu, in_composite = stack.pop()
        node = Node(acc, parent, in_menu, in_composite)
        out.append(node)
        if node.role in ITEM_CONTAINERS or node.role == R.ROLE_COMBO_BOX:
            continue
        for child in reversed(children(acc)):
            stack.append(
                (
                    child,
                    node.key,
                    in_menu or node.role in MENUS,
                    in_composite or node.role in COMPOSITES,
                )
            )
    return out


def xdotool(*args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, timeout=10
    ).stdout.strip()


def do_action(acc: Any) -> bool:
    """Press, click or switch to acc through its AT-SPI action, as a screen reader can."""
    action = safe(acc.queryAction)
    if action is None or not action.nActions:
        return False
    names = [
        (safe(lambda i=i: action.getName(i), "") or "").lower() for i in range(action.nActions)
    ]
    for wanted in ("press", "click", "activate", "switch", "toggle"):
        if wanted in names:
            return bool(safe(lambda w=wanted: action.doAction(names.index(w)), False))
    return bool(safe(lambda: action.doAction(0), False))


class Desktop:
    """The app on the AT-SPI bus, its windows, and the focus events it sends."""

    def __init__(self, pid: int, key_wait: float) -> None:
        self.pid, self.key_wait = pid, key_wait
        self.app: Any = None
        self.focus: list[Any] = []
        self.last_event = time.monotonic()
        self.context = GLib.MainContext.default()

    def find_app(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            desktop = pyatspi.Registry.getDesktop(0)
            for app in desktop:
                if (
                    app is not None
                    and safe(app.get_process_id, -1) == self.pid
                    and self.windows(app)
                ):
                    self.app = app
                    pyatspi.Registry.registerEventListener(
                        self._focused, "object:state-changed:focused"
                    )
                    self.settle(minimum=0.3)  # the toolkit hears of the listener in a while
                    return True
            safe(desktop.clear_cache)
            time.sleep(0.2)
        return False

    def _focused(self, event: Any) -> None:
        if event.detail1 == 1:
            self.focus.append(event.source)
        self.last_event = time.monotonic()

    def settle(self, quiet: float = 0.12, maximum: float = 1.5, minimum: float = 0.05) -> None:
        """Take in the app's events until it has been quiet for a moment."""
        start = time.monotonic()
        while True:
            while self.context.iteration(False):
                pass
            now = time.monotonic()
            if now - start >= maximum or (
                now - start >= minimum and now - self.last_event >= quiet
            ):
                return
            time.sleep(0.01)

    def windows(self, app: Any = None) -> list[Any]:
        """The app's showing windows, the main window (its frame) first."""
        app = app or self.app
        safe(app.clear_cache)
        showing = [
            w
            for w in children(app)
            if safe(lambda w=w: w.getState().contains(R.STATE_SHOWING), False)
        ]
        return sorted(showing, key=lambda w: safe(w.getRole) != R.ROLE_FRAME)

    def new_window(self, before: set[str], timeout: float = 10) -> Any:
        """The window opened since before (a dialog; the active one if more), or None."""
        deadline = time.monotonic() + timeout
        while True:
            self.settle(maximum=0.3)
            new = [
                w for w in self.windows() if key_of(w) not in before and safe(w.getRole) in WINDOWS
            ]
            new.sort(key=lambda w: not safe(lambda w=w: w.getState().contains(R.STATE_ACTIVE)))
            if new:
                return new[0]
            if time.monotonic() >= deadline:
                return None

    def x_window(self, title: str) -> str | None:
        ids = xdotool("search", "--onlyvisible", "--pid", str(self.pid)).split()
        for wid in ids:
            if xdotool("getwindowname", wid) == title:
                return wid
        return ids[0] if ids else None

    def key(self, keys: str) -> None:
        """Press keys (xdotool's names, e.g. "alt+h") in the window that has the keyboard."""
        self.focus.clear()
        xdotool("key", "--clearmodifiers", keys)
        self.settle(maximum=self.key_wait)

    def move(self, keys: str) -> None:
        """Press keys that move focus, and wait for where it went (at most key_wait: a key
        that moves nothing costs that long; an app slow to answer is waited for)."""
        self.focus.clear()
        xdotool("key", "--clearmodifiers", keys)
        start = time.monotonic()
        while time.monotonic() - start < self.key_wait:
            while self.context.iteration(False):
                pass
            if self.focus and time.monotonic() - self.last_event >= 0.1:
                return
            time.sleep(0.01)


def control_of(acc: Any) -> Any:
    """The control a person would say has focus, for a focus event's source."""
    chain, current = [], acc
    for _ in range(12):
        if current is None:
            break
        chain.append(current)
        current = safe(current.get_parent)
    roles = [safe(a.getRole) for a in chain]
    composites = [a for a, r in zip(chain, roles, strict=True) if r in COMPOSITES]
    if composites:
        return composites[-1]
    at = 0
    if roles and roles[0] in ITEM_ROLES | {R.ROLE_PAGE_TAB}:
        containers = [
            n for n, r in enumerate(roles) if r in ITEM_CONTAINERS or r == R.ROLE_PAGE_TAB_LIST
        ]
        at = containers[0] if containers else 0
    # (a table inside a table, as a calendar's month view: the outer one is the control, the
    # one walk() stops at)
    while roles and roles[at] in ITEM_CONTAINERS and at + 1 < len(chain):
        if roles[at + 1] != roles[at]:
            break
        at += 1
    return chain[at]


class ScreenAudit:
    """One screen: what it shows, in each of its tab states, and where Tab and arrows go."""

    def __init__(self, desktop: Desktop, window: Any, name: str) -> None:
        self.desktop, self.window, self.name = desktop, window, name
        self.title = name_of(window)
        self.nodes: dict[str, Node] = {}
        self.visible: set[str] = set()
        self.reached: dict[str, str] = {}
        self.orders: list[str] = []

    def look(self) -> list[Node]:
        nodes = walk(self.window)
        for node in nodes:
            self.nodes[node.key] = node
            if node.showing():
                self.visible.add(node.key)
        return nodes

    def run(self, every_tab: bool) -> None:
        nodes = self.look()
        self.tab_round(nodes)
        if not every_tab:
            return
        first = [n for n in nodes if n.role == R.ROLE_PAGE_TAB and R.STATE_SELECTED in n.states]
        done = {n.key for n in first}
        while True:
            tabs = [
                n
                for n in nodes
                if n.role == R.ROLE_PAGE_TAB and n.key not in done and n.showing()
                and R.STATE_SELECTED not in n.states
            ]  # fmt: skip
            if not tabs:
                break
            done.add(tabs[0].key)
            do_action(tabs[0].acc)
            self.desktop.settle(maximum=1.0, minimum=0.2)
            nodes = self.look()
            self.tab_round(nodes)
        for node in first:  # back to the tab it started on
            do_action(node.acc)
        self.desktop.settle(maximum=0.5)

    def tab_round(self, nodes: list[Node]) -> None:
        """Tab from where focus is until it comes round again; arrows inside radio groups."""
        desktop = self.desktop
        wid = desktop.x_window(self.title)
        if wid is None:
            self.orders.append("(no X window)")
            return
        desktop.focus.clear()
        xdotool("windowfocus", "--sync", wid)
        desktop.settle(minimum=0.2)
        start = control_of(desktop.focus[-1]) if desktop.focus else None
        if start is None:
            focused = [
                n for n in nodes
                if R.STATE_FOCUSED in n.states and n.showing()
                and n.role not in ITEM_ROLES | {R.ROLE_PAGE_TAB}
            ]  # fmt: skip
            start = focused[-1].acc if focused else None
        order: list[str] = []
        keys: list[str] = []
        if start is not None:
            keys.append(key_of(start))
            order.append(f"(start) {self.nodes.get(keys[0], safe(start.getRoleName, '?'))}")
            self.reached.setdefault(keys[0], "where focus starts")
        stops = [n for n in nodes if n.showing() and R.STATE_FOCUSABLE in n.states]
        idle, note = 0, "round complete"
        patience = 6 if start is not None and safe(start.getRole) == R.ROLE_SPIN_BUTTON else 3
        for _ in range(min(2 * len(stops) + 12, 200)):
            desktop.move("Tab")
            if not desktop.focus:
                idle += 1
                if idle >= patience:
                    note = "focus stayed here" if len(keys) < 2 else "focus stopped: a Tab trap?"
                    break
                continue
            idle = 0
            control = control_of(desktop.focus[-1])
            # Tab steps through a date field's parts (weekday, day, month, year) first
            patience = 6 if safe(control.getRole) == R.ROLE_SPIN_BUTTON else 3
            key = key_of(control)
            if key in keys[1:] or (len(keys) > 1 and key == keys[0]):
                break  # came round
            keys.append(key)
            node = self.nodes.get(key)
            order.append(str(node) if node else "?")
            self.reached.setdefault(key, "Tab")
            if node is not None and node.role == R.ROLE_RADIO_BUTTON:
                order.append(self.arrows(node))
        else:
            note = "stopped before focus came round"
        self.orders.append(" -> ".join(order) + f"   ({note})")

    def group(self, radio: Node) -> set[str]:
        """The showing, enabled radio buttons beside radio (its group)."""
        return {
            n.key
            for n in self.nodes.values()
            if n.parent == radio.parent and n.role == R.ROLE_RADIO_BUTTON and n.showing()
            and R.STATE_ENABLED in n.states
        }  # fmt: skip

    def arrows(self, radio: Node) -> str:
        """Move with the arrow keys inside radio's group (the members reached count as
        reached), then back to radio: in a group whose arrows also choose (the week's days),
        what the rest of the round meets is as it was."""
        group = self.group(radio)
        seen, moves, note = {radio.key}, [], ""
        for direction in ("Right", "Left"):
            for _ in range(len(group)):
                if seen >= group or note:
                    break
                self.desktop.move(direction)
                if not self.desktop.focus:
                    break
                moves.append(direction)
                key = key_of(control_of(self.desktop.focus[-1]))
                if key not in group:
                    note = f"{direction} left the group; "
                elif key in seen and direction == "Right":
                    break  # came round
                else:
                    seen.add(key)
                    self.reached.setdefault(key, "arrow keys in its radio group")
        for direction in reversed(moves):
            self.desktop.move({"Right": "Left", "Left": "Right"}[direction])
        return f"[{note}arrows: {len(seen)} of {len(group)}]"

    def report(self) -> dict[str, Any]:
        """This screen's interactive elements, and which of them are unnamed or unreachable."""
        interactive = [
            n for n in self.nodes.values()
            if n.role in INTERACTIVE and not n.in_composite
            and (n.key in self.visible or n.in_menu)
            and not (n.role in TEXT_ROLES and not {R.STATE_EDITABLE, R.STATE_FOCUSABLE} & n.states)
        ]  # fmt: skip
        unnamed, unreachable = [], []
        for n in interactive:
            labels = [x for x in n.labelled_by if x]
            if n.role == R.ROLE_COMBO_BOX:
                if not labels and (not n.name or n.name in n.value):
                    unnamed.append(f"{n}: a combo box without a label (QLabel.setBuddy)")
            elif not n.name and not labels:
                unnamed.append(f"{n}: no name and no labelled-by relation  id={n.acc_id}")
            if n.in_menu or R.STATE_ENABLED not in n.states or n.key in self.reached:
                continue
            if n.role == R.ROLE_PAGE_TAB and n.parent in self.reached:
                continue  # the arrow keys move in a tab bar
            why = "not focusable" if R.STATE_FOCUSABLE not in n.states else "Tab never reached it"
            unreachable.append(f"{n}: {why}  id={n.acc_id}")
        return {
            "screen": self.name,
            "window": self.title,
            "interactive": len(interactive),
            "unnamed": unnamed,
            "unreachable": unreachable,
            "tab_order": self.orders,
        }


def find(window: Any, role: Any, name: str) -> Any:
    """The showing control of that role (None: any control) named name, or name and ':'."""
    safe(window.clear_cache)
    stack = [window]
    while stack:
        acc = stack.pop()
        if not safe(lambda a=acc: a.getState().contains(R.STATE_SHOWING), False):
            continue  # (nothing under a hidden one shows either)
        found = safe(acc.getRole)
        label = name_of(acc)
        if (found == role or (role is None and found in INTERACTIVE)) and (
            label == name or label.startswith(name + ":")
        ):
            return acc
        if found not in ITEM_CONTAINERS and found != R.ROLE_COMBO_BOX:
            stack.extend(reversed(children(acc)))
    return None


def show(desktop: Desktop, steps: list[tuple[str, str]], before: set[str]) -> str:
    """Take the app to a screen: "" when done, else what could not be found."""
    for step, what in steps:
        # (in the dialog the steps opened, if they opened one)
        main = desktop.new_window(before, timeout=0) or desktop.windows()[0]
        if step == "keys":
            for keys in what.split():
                desktop.key(keys)
            continue
        if step == "type":  # into the dialog the steps so far opened
            if desktop.new_window(before) is None:
                return f"a dialog to type {what!r} in"
            xdotool("type", "--delay", "20", what)
            desktop.settle()
            continue
        if step == "focus":
            control = find(main, None, what)
            if control is None or not safe(control.queryComponent().grabFocus):
                return f"focus {what!r}"
            desktop.settle()
            continue
        role = {"tab": R.ROLE_PAGE_TAB, "page": R.ROLE_LIST_ITEM}.get(step, R.ROLE_PUSH_BUTTON)
        if step == "page":  # an Encouragement page: its list takes focus, the arrows choose
            pages = find(main, R.ROLE_LIST, "Encouragement pages")
            names = [name_of(item) for item in children(pages)]
            wanted = [i for i, n in enumerate(names) if n == what or n.startswith(what + ":")]
            if pages is None or not wanted or not safe(pages.queryComponent().grabFocus):
                return f"page {what!r}"
            desktop.settle()
            desktop.key("Home")
            for _ in range(wanted[0]):
                desktop.key("Down")
            continue
        control = find(main, role, what) or (step == "press" and find(main, R.ROLE_CHECK_BOX, what))
        if not control or not do_action(control):
            return f"{step} {what!r}"
        desktop.settle(maximum=1.0, minimum=0.2)
    return ""


def close(desktop: Desktop, before: set[str]) -> bool:
    """Close the dialogs opened since before with Escape (Discard, if a form asks)."""
    for _ in range(4):
        extra = [w for w in desktop.windows() if key_of(w) not in before]
        if not extra:
            return True
        discard = [b for b in (find(w, R.ROLE_PUSH_BUTTON, "Discard") for w in extra) if b]
        if discard:
            do_action(discard[0])
        else:
            desktop.key("Escape")
        desktop.settle(maximum=1.0, minimum=0.2)
    return not [w for w in desktop.windows() if key_of(w) not in before]


def audit(desktop: Desktop, screen: dict[str, Any]) -> dict[str, Any]:
    """Show one screen, audit it, and close what was opened for it."""
    began = time.monotonic()
    before = {key_of(w) for w in desktop.windows()}
    missing = show(desktop, screen.get("steps", []), before)
    window = desktop.windows()[0]
    if not missing and screen.get("dialog"):
        window = desktop.new_window(before, timeout=20)  # (a first open may import a lot)
        missing = "" if window is not None else "the dialog"
    if missing:
        close(desktop, before)
        return {"screen": screen["name"], "missing": missing}
    one = ScreenAudit(desktop, window, screen["name"])
    one.run(every_tab=screen.get("every_tab", False))
    result = one.report()
    if screen.get("dialog") and not close(desktop, before):
        result["missing"] = "a way to close it (Escape)"
    result["seconds"] = round(time.monotonic() - began, 1)
    return result


def main() -> int:
    """Audit each screen of a set (screens.py), print what was found, and the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pid", type=int, required=True, help="the app's process id")
    parser.add_argument("--screens", default="empty", choices=sorted(screens.SCREENS))
    parser.add_argument("--only", help="only the screens whose name contains this")
    parser.add_argument("--timeout", type=float, default=30, help="seconds to wait for the app")
    parser.add_argument("--key-wait", type=float, default=0.6, help="at most, after a key")
    parser.add_argument("--json", help="write the figures of each screen here")
    args = parser.parse_args()

    desktop = Desktop(args.pid, args.key_wait)
    if not desktop.find_app(args.timeout):
        print(f"a11y: no window of process {args.pid} on the accessibility bus")
        return 4
    results = []
    for screen in screens.SCREENS[args.screens]:
        if args.only and args.only.lower() not in screen["name"].lower():
            continue
        result = audit(desktop, screen)
        results.append(result)
        if "interactive" in result:
            print(f"\n== {result['screen']}: {result['window']!r} ({result['seconds']} s)")
            for line in result["tab_order"]:
                print("  Tab:", line)
            for line in result["unnamed"]:
                print("  UNNAMED", line)
            for line in result["unreachable"]:
                print("  UNREACHABLE", line)
            print(
                f"a11y: screen={result['screen']!r} interactive={result['interactive']} "
                f"unnamed={len(result['unnamed'])} unreachable={len(result['unreachable'])}"
            )
        if result.get("missing"):
            print(f"a11y: screen={result['screen']!r} NOT FOUND: {result['missing']}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(results, out, indent=1)
    counted = [r for r in results if "interactive" in r]
    unnamed = sum(len(r["unnamed"]) for r in counted)
    unreachable = sum(len(r["unreachable"]) for r in counted)
    print(
        f"\na11y: interactive={sum(r['interactive'] for r in counted)} unnamed={unnamed} "
        f"unreachable={unreachable}"
    )
    if any(r.get("missing") for r in results):
        return 4
    return (1 if unnamed else 0) | (2 if unreachable else 0)


if __name__ == "__main__":
    sys.exit(main())
