#!/usr/bin/env python3
"""Guards the layers of the server module (ARCHITECTURE.md).

`Sources/ZIServer` is one SwiftPM target; its top-level folders are its modules. A folder may
use the types and functions declared in the folders it is allowed to depend on, and no others:

  - every top-level folder is listed in ALLOWED below (a new folder must be placed);
  - a name declared at the top level of one folder and used in another is an arrow, which must
    be allowed;
  - the allowed arrows form no circle;
  - only App and CLI (the composition) touch another folder's controllers;
  - the clock is read in one place only (Kernel/AppClock.swift): no `Date()`, `WIBTime.today()`
    or `Date.now` elsewhere in the server (take `req.clock` / `app.clock`);
  - every path is a SitePath (Kernel/SitePath.swift): no string literal in the server's code and
    no href/action in a template spells out a route (use `SitePath.x.path(…)` / `#path("x", …)`).

Run: python3 scripts/check-layers.py [Sources/ZIServer]; exits 1 with one line per violation.
"""
import collections
import glob
import os
import re
import sys

KERNEL = ["Mail", "Kernel", "Audit", "Identity", "Uploads", "Web"]

# Folder -> the folders it may use. Features may always use the kernel layers (KERNEL).
ALLOWED = {
    "Mail": [],
    "Kernel": ["Mail"],
    "Audit": ["Kernel"],
    "Identity": ["Kernel", "Audit"],
    "Uploads": ["Kernel", "Audit"],
    "Web": ["Kernel", "Audit", "Identity", "Uploads"],
    # Features, lowest first.
    "Accounts": [],
    "Organization": [],
    "Calendar": [],
    "Assessment": [],
    "Attachments": [],
    "Employees": [],
    "Risk": [],
    "Whistleblowing": [],
    "Plan": ["Assessment"],
    "Monev": ["Plan", "Assessment"],
    "Evidence": ["Assessment", "Plan"],
    "Survey": ["Assessment"],
    "Proposals": ["Assessment"],
    "PortalRB": ["Proposals", "Assessment", "Evidence"],
    "Complaints": ["Assessment", "Attachments", "Calendar"],
    "Gratification": ["Attachments", "Calendar"],
    "Registers": ["Assessment", "Employees", "Survey"],
    "ConflictOfInterest": ["Employees"],
    "Public": ["Survey", "Complaints"],
    "Home": ["Plan", "Monev", "Gratification", "Registers", "Calendar"],
    "Reminders": ["Plan", "Monev", "Complaints", "Gratification", "Registers", "Assessment", "Whistleblowing", "Calendar", "Proposals"],
    # The composition root and the command-line administration reach everything.
    "CLI": ["*"],
    "App": ["*"],
}
COMPOSITION = {"App", "CLI"}
CLOCK_FILE = os.path.join("Kernel", "AppClock.swift")
CLOCK_READS = re.compile(r"\bDate\(\)|\bWIBTime\.today\(\)|\bDate\.now\b")

PATH_FILES = {os.path.join("Kernel", "SitePath.swift"), os.path.join("Kernel", "LegacyPath.swift")}
TEMPLATE_PATH = re.compile(r'\b(?:href|action|formaction)="/(?!css/|js/)')


def route_heads(root):
    """The first segments of the SitePath patterns (`units`, `plans` …)."""
    text = open(os.path.join(root, "Kernel", "SitePath.swift"), encoding="utf-8").read()
    return {m.group(1) for m in re.finditer(r'case \w+ = "/([^/"]+)', text)}


TOP_DECLARATION = re.compile(
    r"^(?:(?:public|internal|package|final|indirect|@\w+)\s+)*(struct|class|enum|protocol|actor|typealias|func)\s+([A-Za-z_]\w*)",
    re.M)
ANY_DECLARATION = re.compile(r"\b(?:struct|class|enum|protocol|actor|typealias)\s+([A-Za-z_]\w*)")
NOISE = re.compile(r'//[^\n]*|"(?:\\.|[^"\\\n])*"')


def allowed_targets(folder):
    targets = ALLOWED[folder]
    if "*" in targets:
        return set(ALLOWED) - {folder}
    if folder in KERNEL:
        return set(targets)
    return set(targets) | set(KERNEL)


def circle(graph):
    """A circle in `graph` (folder -> set of folders) as a list, or None."""
    state = {}

    def visit(node, path):
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return path[path.index(target):] + [target] if target in path else [node, target]
            if target not in state:
                found = visit(target, path + [target])
                if found:
                    return found
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node, [node])
            if found:
                return found
    return None


def main(root):
    folders = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)) and d != "Resources")
    problems = []
    for folder in folders:
        if folder not in ALLOWED:
            problems.append(f"{folder}/: not placed in a layer; add it to ALLOWED in scripts/check-layers.py and to ARCHITECTURE.md")
    composed = {f: allowed_targets(f) for f in folders if f in ALLOWED and f not in COMPOSITION}
    found = circle(composed)
    if found:
        problems.append("the allowed arrows form a circle: " + " -> ".join(found))

    sources = collections.defaultdict(list)
    owner = collections.defaultdict(set)
    kinds = {}
    local = collections.defaultdict(set)
    for folder in folders:
        for directory, _, names in os.walk(os.path.join(root, folder)):
            for name in sorted(names):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(directory, name)
                text = open(path, encoding="utf-8").read()
                sources[folder].append((path, text))
                for match in TOP_DECLARATION.finditer(text):
                    owner[match.group(2)].add(folder)
                    kinds[match.group(2)] = match.group(1)
                local[folder].update(ANY_DECLARATION.findall(text))

    for folder in folders:
        if folder not in ALLOWED:
            continue
        permitted = allowed_targets(folder)
        for path, text in sources[folder]:
            relative = os.path.relpath(path, root)
            if relative != CLOCK_FILE:
                for number, line in enumerate(text.split("\n"), 1):
                    code = NOISE.sub("", line)
                    if CLOCK_READS.search(code):
                        problems.append(f"{relative}:{number}: reads the clock directly; use req.clock / app.clock")
            code = NOISE.sub("", text)
            for name in sorted(set(re.findall(r"\b[A-Za-z_]\w*\b", code))):
                homes = owner.get(name, set())
                if len(homes) != 1 or folder in homes or name in local[folder]:
                    continue
                home = next(iter(homes))
                if kinds[name] == "func" and not re.search(r"\b" + name + r"\(", code):
                    continue
                if home not in permitted:
                    problems.append(f"{relative}: uses {name} of {home}/, which {folder}/ may not depend on")
                elif name.endswith("Controller") and folder not in COMPOSITION:
                    problems.append(f"{relative}: uses {home}/'s controller {name}; ask its service instead")
    heads = route_heads(root)
    literal_path = re.compile(r'"/(' + "|".join(sorted(map(re.escape, heads))) + r')(?:[/"?]|\\\()')
    for folder in folders:
        for path, text in sources[folder]:
            relative = os.path.relpath(path, root)
            if relative in PATH_FILES:
                continue
            for number, line in enumerate(text.split("\n"), 1):
                if not line.strip().startswith("//") and literal_path.search(line):
                    problems.append(f"{relative}:{number}: spells out a route; use SitePath")
    for template in sorted(glob.glob(os.path.join(root, "Resources", "Views", "**", "*.leaf"), recursive=True)):
        for number, line in enumerate(open(template, encoding="utf-8").read().split("\n"), 1):
            if TEMPLATE_PATH.search(line):
                problems.append(f"{os.path.relpath(template, root)}:{number}: a link spells out a route; use #path(\"…\")")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} layer violation(s); see ARCHITECTURE.md")
        return 1
    print(f"layers ok: {len(folders)} folders, no circle")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "Sources", "ZIServer")))
