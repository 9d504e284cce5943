"""No two modules of the project import each other, directly or around a circle.

Two modules that import each other are a sign that one of them does not know
its job (the outbox once bounced between search/indexing.py and search/tasks.py).
The graph is read with ast from every .py file of the project's own packages,
so a new app is covered the moment it is added. Imports inside functions count
too: a deferred import hides a cycle from Python, not from a reader.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_DIRS = {".venv", "migrations", "node_modules", "__pycache__", ".git"}


def project_files():
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if not SKIPPED_DIRS.intersection(relative.parts[:-1]):
            yield relative


def module_name(relative):
    parts = list(relative.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_package(relative):
    return relative.name == "__init__.py"


def imported_names(relative, tree):
    """Every module name this file imports, resolved against its package."""
    package = module_name(relative).split(".")
    if not is_package(relative):
        package = package[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                prefix = ".".join([*base, node.module] if node.module else base)
            else:
                prefix = node.module
            yield prefix
            # `from search import outbox` imports the module search.outbox.
            for alias in node.names:
                yield f"{prefix}.{alias.name}"


def import_graph():
    files = list(project_files())
    modules = {module_name(relative) for relative in files}
    graph = {}
    for relative in files:
        tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"), str(relative))
        source = module_name(relative)
        # Only the named modules count, not the packages around them whose
        # __init__ Python also runs: a Django app's models/__init__.py re-exports
        # its submodules, and a sibling importing models.taxonomy is no circle
        # anyone reads. `from casestudies.models import X` names the package
        # itself, and so counts it.
        graph[source] = {
            name for name in imported_names(relative, tree) if name in modules and name != source
        }
    return graph


def cycles(graph):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_the_project():
    graph = import_graph()
    assert "search.outbox" in graph["search.indexing"]
    assert "search.documents" in graph["search.outbox"]
    assert "search.outbox" in graph["search.apps"]  # `from search import outbox`
    assert "casestudies.models" in graph["search.outbox"]


def test_the_cycle_finder_finds_a_circle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_imports_itself_around_a_circle():
    assert cycles(import_graph()) == []
