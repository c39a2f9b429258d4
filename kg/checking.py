"""Check a built graph against the contract: SHACL shapes and OWL consistency.

`check_graph(graph_or_path)` runs both checks and returns a `CheckReport` whose
findings name the node, the rule it breaks and what is wrong, e.g.

    event:m1  shacl  nkgsh:MeetingShape sh:minCount  nkg:participant
        A meeting must have at least two nkg:participant values.

SHACL (pyshacl) checks the shape of the graph (ontology/shapes.ttl). OWL (owlready2 +
HermiT) checks that the graph is logically consistent with ontology/newskg.ttl: a node
typed both nkg:Person and nkg:Country, an event with two statuses, a negative offset.
HermiT only says "inconsistent"; `_explain_inconsistency` then looks for the usual
causes itself (disjoint classes, functional properties, data ranges) so the report can
name the nodes.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import subprocess
import tempfile
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.util import guess_format

from kg import paths
from kg.errors import InputError, KgError
from kg.safeload import check_rdf_file
from kg.vocab import bind_prefixes

SH = "http://www.w3.org/ns/shacl#"
SHAPES_NS = "https://w3id.org/newskg/shapes#"
OWLREADY_NS = "http://www.lesfleursdunormal.fr/static/_downloads/owlready_ontology.owl#"
ONTOLOGY_IRI = "https://w3id.org/newskg/ontology"
DATA_IRI = "urn:newskg:checked-graph"

#: Datatypes HermiT accepts: the OWL 2 datatype map (https://www.w3.org/TR/owl2-syntax/#Datatype_Maps).
#: xsd:date, xsd:gYearMonth and xsd:gYear are NOT in it, so HermiT refuses any ontology or
#: data that uses them (UnsupportedDatatypeException), and its --ignoreUnsupportedDatatypes
#: switch silently drops the whole range union, checking nothing. Literals of other
#: datatypes are therefore left out of the reasoner's copy of the graph, and so are the
#: ontology's ranges that name such datatypes (nkg:date, nkg:published, nkg:startDate,
#: nkg:endDate); the SHACL shapes check those values instead.
OWL2_DATATYPES = frozenset(
    URIRef(XSD + name)
    for name in (
        "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger "
        "long int short byte unsignedLong unsignedInt unsignedShort unsignedByte "
        "double float string normalizedString token language Name NCName NMTOKEN "
        "boolean hexBinary base64Binary anyURI dateTime dateTimeStamp"
    ).split()
) | {RDF.PlainLiteral, RDF.XMLLiteral, RDFS.Literal, RDF.langString, OWL.real, OWL.rational}

_GRAPH_FORMATS = ("turtle", "trig", "nquads", "nt", "json-ld", "xml", "n3")
_DATASET_FORMATS = ("trig", "nquads", "json-ld")


@dataclass(frozen=True, order=True)
class Finding:
    """One problem: which node, which check and rule, along which property, and what is wrong."""

    check: str  # "shacl" or "owl"
    focus: str  # the node, as a prefixed name where possible ("event:m1")
    rule: str  # the shape and constraint, or the OWL axiom ("nkgsh:MeetingShape sh:minCount")
    path: str  # the property concerned ("nkg:participant"), "" when none
    message: str
    severity: str = "Violation"  # Violation | Warning | Info, as in SHACL
    value: str = ""  # the offending value, where there is one

    def to_text(self) -> str:
        """Return the finding as two lines: where and which rule, then the message."""
        where = " ".join(part for part in (self.focus, self.path) if part)
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {where}  [{self.check.upper()} {self.rule}]\n    {self.message}{value}"


@dataclass
class CheckReport:
    """The result of `check_graph`: findings, and what was checked."""

    source: str
    triples: int
    checks: list[str]
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the checks skipped or could not do

    @property
    def ok(self) -> bool:
        """True when no finding is a violation (warnings and notes do not fail a graph)."""
        return not any(finding.severity == "Violation" for finding in self.findings)

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "triples": self.triples,
            "checks": list(self.checks),
            "ok": self.ok,
            "findings": [asdict(finding) for finding in self.findings],
            "notes": list(self.notes),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    def to_text(self) -> str:
        """Return the report for a terminal: one block per finding, then a summary line."""
        lines = [finding.to_text() for finding in self.findings]
        lines += [f"note: {note}" for note in self.notes]
        checks = " and ".join(check.upper() for check in self.checks) or "nothing"
        if self.ok:
            lines.append(f"{self.source}: valid ({self.triples} triples, checked {checks})")
        else:
            counts = defaultdict(int)
            for finding in self.findings:
                if finding.severity == "Violation":
                    counts[finding.check] += 1
            detail = ", ".join(f"{counts[check]} {check.upper()}" for check in self.checks if counts[check])
            total = sum(counts.values())
            lines.append(
                f"{self.source}: NOT valid: {total} violation{'s' if total != 1 else ''} ({detail}); "
                f"{self.triples} triples, checked {checks}"
            )
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------


def load_graph(path: str | Path) -> Graph:
    """Return the triples of an RDF file (.ttl, .trig, .nq, .nt, .jsonld, .rdf), named graphs merged.

    Raises InputError when the file is missing, of an unknown kind, or not valid RDF.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file; give the path of a built graph (.ttl, .trig, .nq, .nt, .jsonld)")
    if not path.is_file():
        raise InputError(f"{path}: not a file; give the path of a built graph (.ttl, .trig, .nq, .nt, .jsonld)")
    check_rdf_file(path)
    rdf_format = guess_format(str(path))
    if rdf_format not in _GRAPH_FORMATS:
        raise InputError(
            f"{path}: cannot tell the RDF syntax from the file name; use one of .ttl, .trig, .nq, .nt, .jsonld"
        )
    # rdflib logs a traceback for each ill-typed literal ("12a"^^xsd:integer) while parsing;
    # the OWL check reports those as findings, so keep the parser quiet.
    term_logger = logging.getLogger("rdflib.term")
    level = term_logger.level
    term_logger.setLevel(logging.CRITICAL)
    try:
        if rdf_format in _DATASET_FORMATS:
            dataset = Dataset()
            dataset.parse(path, format=rdf_format)
            return _union(dataset)
        graph = Graph()
        graph.parse(path, format=rdf_format)
        return graph
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the file: {error}") from error
    except Exception as error:  # rdflib's parsers raise many unrelated exception types
        raise InputError(f"{path}: not valid {rdf_format} RDF: {error}") from error
    finally:
        term_logger.setLevel(level)


def _union(dataset: Graph) -> Graph:
    """Return one graph holding the triples of every graph of a dataset (default and named)."""
    graph = Graph()
    for s, p, o, _context in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _ontology() -> Graph:
    return Graph().parse(paths.ONTOLOGY, format="turtle")


def _shapes() -> Graph:
    return Graph().parse(paths.SHAPES, format="turtle")


# ---------------------------------------------------------------------------------------
# The entry point
# ---------------------------------------------------------------------------------------


def check_graph(graph_or_path: Graph | str | Path, *, shacl: bool = True, owl: bool = True) -> CheckReport:
    """Return the SHACL and OWL findings for a graph (an rdflib graph or dataset, or a file path)."""
    if isinstance(graph_or_path, Graph):
        graph = _union(graph_or_path) if isinstance(graph_or_path, ConjunctiveGraph) else graph_or_path
        source = "graph"
    else:
        graph = load_graph(graph_or_path)
        source = str(graph_or_path)
    names = _Names(graph)
    report = CheckReport(source=source, triples=len(graph), checks=[])
    ontology = _ontology()
    findings: list[Finding] = []
    if shacl:
        report.checks.append("shacl")
        findings += shacl_findings(graph, ontology=ontology, names=names)
    if owl:
        report.checks.append("owl")
        owl_found, notes = owl_findings(graph, ontology=ontology, names=names)
        findings += owl_found
        report.notes += notes
    report.findings = sorted(set(findings))
    return report


# ---------------------------------------------------------------------------------------
# SHACL
# ---------------------------------------------------------------------------------------


def shacl_findings(graph: Graph, *, ontology: Graph | None = None, names: "_Names | None" = None) -> list[Finding]:
    """Return the SHACL violations of `graph` against ontology/shapes.ttl.

    Inference is "none", on purpose. With "rdfs", the ontology's domains and ranges would
    type every participant as nkg:Agent and every node with an nkg:status as nkg:Event,
    so "a participant must be an Agent" could never fail and untyped events would pass
    as events. Subclass targeting still works without inference: pyshacl mixes the
    ontology (ont_graph) into the data graph, and SHACL's class checks follow the
    rdfs:subClassOf triples there (a nkg:Meeting is checked by the nkg:Event shape).
    """
    import pyshacl

    ontology = _ontology() if ontology is None else ontology
    names = names or _Names(graph)
    shapes = _shapes()
    _conforms, results, _text = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        meta_shacl=False,
        advanced=False,
    )
    findings = []
    sh = lambda name: URIRef(SH + name)  # noqa: E731
    for result in results.subjects(RDF.type, sh("ValidationResult")):
        focus = results.value(result, sh("focusNode"))
        shape = results.value(result, sh("sourceShape"))
        component = results.value(result, sh("sourceConstraintComponent"))
        path = results.value(result, sh("resultPath"))
        value = results.value(result, sh("value"))
        severity = results.value(result, sh("resultSeverity"))
        messages = sorted(names.iris_in(str(message)) for message in results.objects(result, sh("resultMessage")))
        findings.append(
            Finding(
                check="shacl",
                focus=names.node(focus),
                rule=_shape_rule(shapes, shape, component, names),
                path=names.node(path) if path is not None else "",
                message=" ".join(messages) or f"breaks {names.node(component)}",
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                value=names.node(value) if value is not None else "",
            )
        )
    return findings


def _shape_rule(shapes: Graph, shape, component, names: "_Names") -> str:
    """Return "nkgsh:MeetingShape sh:minCount": the named shape (or its parent) and the constraint."""
    named = shape
    while isinstance(named, BNode):
        parent = next(iter(sorted(shapes.subjects(URIRef(SH + "property"), named))), None)
        if parent is None:
            parent = next(iter(sorted(shapes.subjects(URIRef(SH + "sparql"), named))), None)
        if parent is None:
            break
        named = parent
    shape_name = names.node(named) if not isinstance(named, BNode) else "shape"
    if component is None:
        return shape_name
    local = str(component).rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
    constraint = "sh:sparql" if local == "SPARQL" else "sh:" + local[:1].lower() + local[1:]
    return f"{shape_name} {constraint}"


# ---------------------------------------------------------------------------------------
# OWL
# ---------------------------------------------------------------------------------------


def owl_findings(
    graph: Graph, *, ontology: Graph | None = None, names: "_Names | None" = None
) -> tuple[list[Finding], list[str]]:
    """Return the OWL findings for ontology + `graph` (HermiT via owlready2), and notes on what was left out.

    Only the bundled ontology is loaded, into a fresh owlready2 World; owl:imports in the
    input are dropped, never followed, as are owlready2's own annotations (one of them
    makes owlready2 import a Python module).
    """
    import owlready2

    ontology = _ontology() if ontology is None else ontology
    names = names or _Names(graph)
    findings: list[Finding] = []
    notes: list[str] = []
    kinds = _property_kinds(ontology)

    reasoner_data = Graph()
    unsupported: dict[str, int] = defaultdict(int)
    for s, p, o in graph:
        if p == OWL.imports or str(p).startswith(OWLREADY_NS) or (p == RDF.type and o == OWL.Ontology):
            continue
        if isinstance(o, Literal):
            if kinds.get(p) == "object":
                findings.append(_kind_finding(names, s, p, o, "an owl:ObjectProperty", "a literal"))
                continue
            if o.datatype is not None and o.datatype not in OWL2_DATATYPES:
                unsupported[names.node(o.datatype)] += 1
                continue
            if o.ill_typed:
                findings.append(
                    Finding(
                        check="owl",
                        focus=names.node(s),
                        rule="ill-typed literal",
                        path=names.node(p),
                        message=f"{o!s} is not a valid {names.node(o.datatype)} value.",
                        value=names.node(o),
                    )
                )
                continue
        elif kinds.get(p) == "data":
            findings.append(_kind_finding(names, s, p, o, "an owl:DatatypeProperty", "a node, not a literal"))
            continue
        reasoner_data.add((s, p, o))
    if unsupported:
        left_out = ", ".join(f"{count} {datatype}" for datatype, count in sorted(unsupported.items()))
        notes.append(
            f"OWL: literals the HermiT reasoner does not support were left out of reasoning ({left_out}); "
            "SHACL checks them"
        )

    world = owlready2.World()
    try:
        world.get_ontology(ONTOLOGY_IRI).load(
            fileobj=io.BytesIO(_reasoner_ontology(ontology).serialize(format="nt", encoding="utf-8")),
            format="ntriples",
        )
        world.get_ontology(DATA_IRI).load(
            fileobj=io.BytesIO(reasoner_data.serialize(format="nt", encoding="utf-8")), format="ntriples"
        )
        try:
            _hermit_consistency(world)
        except owlready2.OwlReadyInconsistentOntologyError:
            explained = _explain_inconsistency(ontology, reasoner_data, names)
            findings += explained or [
                Finding(
                    check="owl",
                    focus="(graph)",
                    rule="owl:consistency",
                    path="",
                    message=(
                        "The graph is logically inconsistent with the ontology (HermiT), and no single "
                        "disjointness, functional-property or data-range clash explains it; check class "
                        "assertions, owl:sameAs links and owl:differentFrom statements."
                    ),
                )
            ]
        except owlready2.OwlReadyJavaError as error:
            first = next((line for line in str(error).splitlines() if "Exception" in line), str(error)[:300])
            findings.append(
                Finding(
                    check="owl",
                    focus="(graph)",
                    rule="owl:reasoner",
                    path="",
                    message=f"The OWL reasoner could not process the graph: {first.strip()}",
                )
            )
        except FileNotFoundError as error:
            raise KgError(
                "the OWL check needs Java (17 or later) on PATH to run HermiT; install it, "
                "or run `kg check --no-owl`"
            ) from error
    finally:
        world.close()
    return findings, notes


def _hermit_consistency(world) -> None:
    """Run HermiT's consistency check on an owlready2 World; raise OwlReadyInconsistentOntologyError if it fails.

    owlready2's sync_reasoner_hermit runs HermiT with -c -O -D -I: it classifies and
    realises every individual, which takes seconds per thousand events. Consistency is
    all `kg check` needs, so this runs the same bundled HermiT jar on the same
    N-Triples dump with -k (is owl:Thing satisfiable), several times faster.
    """
    import owlready2
    from owlready2 import reasoning

    handle, name = tempfile.mkstemp(prefix="newskg-check-", suffix=".nt")
    try:
        with os.fdopen(handle, "wb") as dump:
            world.save(dump, format="ntriples", filter=lambda graph, s, p, o, d: p != owlready2.owl_imports)
        command = [
            owlready2.JAVA_EXE,
            f"-Xmx{reasoning.JAVA_MEMORY}M",
            "-cp",
            reasoning._HERMIT_CLASSPATH,
            "org.semanticweb.HermiT.cli.CommandLine",
            "-k",
            Path(name).as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", errors="replace")
    finally:
        os.unlink(name)
    output = done.stdout + done.stderr
    if "Inconsistent ontology" in output or "is not satisfiable" in output or "unsatisfiable" in done.stdout:
        raise owlready2.OwlReadyInconsistentOntologyError()
    if done.returncode != 0 or "is satisfiable" not in done.stdout:
        raise owlready2.OwlReadyJavaError(f"Java error message is:\n{output}")


def _kind_finding(names, s, p, o, kind: str, got: str) -> Finding:
    return Finding(
        check="owl",
        focus=names.node(s),
        rule=f"{names.node(p)} is {kind}",
        path=names.node(p),
        message=f"{names.node(p)} is {kind} in the ontology, but its value here is {got}.",
        value=names.node(o),
    )


def _property_kinds(ontology: Graph) -> dict:
    kinds = {}
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        kinds[prop] = "object"
    for prop in ontology.subjects(RDF.type, OWL.DatatypeProperty):
        kinds[prop] = "data"
    return kinds


def _datatypes_of(graph: Graph, node) -> list:
    """Return the datatypes a data range names: itself, or the members of its owl:unionOf."""
    if isinstance(node, BNode):
        members = graph.value(node, OWL.unionOf)
        return list(Collection(graph, members)) if members is not None else [node]
    return [node]


def _reasoner_ontology(ontology: Graph) -> Graph:
    """Return a copy of the ontology without the ranges HermiT cannot read (see OWL2_DATATYPES)."""
    copy = Graph()
    for triple in ontology:
        copy.add(triple)
    for s, p, o in list(copy.triples((None, RDFS.range, None))):
        datatypes = _datatypes_of(copy, o)
        if any(str(d).startswith(str(XSD)) and d not in OWL2_DATATYPES for d in datatypes):
            copy.remove((s, p, o))
            _remove_tree(copy, o)
    return copy


def _remove_tree(graph: Graph, node) -> None:
    """Remove a blank node's description and everything only it points to (a union list)."""
    if not isinstance(node, BNode) or any(graph.triples((None, None, node))):
        return
    for _s, p, o in list(graph.triples((node, None, None))):
        graph.remove((node, p, o))
        _remove_tree(graph, o)


# ---------------------------------------------------------------------------------------
# Explaining an inconsistency
# ---------------------------------------------------------------------------------------


class _SameAs:
    """Union-find over owl:sameAs, so that nodes merged by owl:sameAs share their types."""

    def __init__(self, graph: Graph):
        self.parent: dict = {}
        for s, o in graph.subject_objects(OWL.sameAs):
            if not isinstance(o, Literal):
                self.parent[self.find(s)] = self.find(o)
        self.members: dict = defaultdict(set)
        for node in list(self.parent):
            self.members[self.find(node)].add(node)

    def find(self, node):
        while self.parent.get(node, node) != node:
            node = self.parent[node]
        return node


def _explain_inconsistency(ontology: Graph, data: Graph, names: "_Names") -> list[Finding]:
    """Return findings for the clashes that usually make a newskg graph inconsistent.

    HermiT reports only that the ontology is inconsistent. The usual causes are looked
    for directly, with RDFS-style typing (asserted types, property domains and ranges,
    superclasses) and owl:sameAs merging: a node in two disjoint classes, two different
    values of a functional property, a literal outside a property's range.
    """
    combined = Graph()
    for triple in ontology:
        combined.add(triple)
    for triple in data:
        combined.add(triple)
    same = _SameAs(combined)

    def label(node) -> str:
        merged = sorted(same.members.get(same.find(node), {node}), key=str)
        shown = [names.node(member) for member in merged if (member, None, None) in data] or [names.node(node)]
        return " = ".join(shown)

    superclasses = defaultdict(set)
    for sub, sup in combined.subject_objects(RDFS.subClassOf):
        if isinstance(sup, URIRef):
            superclasses[sub].add(sup)
    for a, b in combined.subject_objects(OWL.equivalentClass):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            superclasses[a].add(b)
            superclasses[b].add(a)

    def ancestors(cls) -> set:
        seen, todo = set(), [cls]
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(superclasses[current])
        return seen

    domains = {p: d for p, d in ontology.subject_objects(RDFS.domain) if isinstance(d, URIRef)}
    ranges = {p: r for p, r in ontology.subject_objects(RDFS.range) if isinstance(r, URIRef)}
    kinds = _property_kinds(ontology)

    # why[individual][class] = reasons the individual is in that class
    why: dict = defaultdict(lambda: defaultdict(set))
    for s, p, o in data:
        if p == RDF.type and isinstance(o, URIRef):
            why[same.find(s)][o].add(f"{names.node(s)} a {names.node(o)}")
            continue
        if p in domains:
            why[same.find(s)][domains[p]].add(f"{names.node(s)} {names.node(p)} … (domain {names.node(domains[p])})")
        if kinds.get(p) == "object" and p in ranges and not isinstance(o, Literal):
            why[same.find(o)][ranges[p]].add(f"… {names.node(p)} {names.node(o)} (range {names.node(ranges[p])})")
    # close over superclasses, keeping the reason of the class that implies each one
    for individual, classes in why.items():
        for cls, reasons in list(classes.items()):
            for ancestor in ancestors(cls) - {cls}:
                classes[ancestor] |= {f"{reason}, so {names.node(ancestor)}" for reason in reasons}

    disjoint_pairs = set()
    for group in combined.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(Collection(combined, combined.value(group, OWL.members)))
        disjoint_pairs |= {(a, b) for a in members for b in members if str(a) < str(b)}
    for a, b in combined.subject_objects(OWL.disjointWith):
        disjoint_pairs.add(tuple(sorted((a, b), key=str)))

    findings = []
    for individual, classes in why.items():
        for a, b in sorted(disjoint_pairs, key=lambda pair: (str(pair[0]), str(pair[1]))):
            if a in classes and b in classes:
                reasons = "; ".join(sorted(classes[a])[:2] + sorted(classes[b])[:2])
                findings.append(
                    Finding(
                        check="owl",
                        focus=label(individual),
                        rule=f"owl:AllDisjointClasses {names.node(a)} {names.node(b)}",
                        path="",
                        message=(
                            f"OWL inconsistency: {label(individual)} is both {names.node(a)} and "
                            f"{names.node(b)}, which are disjoint classes ({reasons})."
                        ),
                    )
                )

    different = set()
    for group in ontology.subjects(RDF.type, OWL.AllDifferent):
        members = list(Collection(ontology, ontology.value(group, OWL.distinctMembers)))
        different |= {(a, b) for a in members for b in members if a != b}
    for prop in sorted(ontology.subjects(RDF.type, OWL.FunctionalProperty), key=str):
        values_of = defaultdict(set)
        for s, o in data.subject_objects(prop):
            values_of[same.find(s)].add(o)
        for subject, values in sorted(values_of.items(), key=lambda item: str(item[0])):
            values = sorted(values, key=str)
            clash = [
                (x, y)
                for i, x in enumerate(values)
                for y in values[i + 1 :]
                if (x, y) in different
                or (isinstance(x, Literal) and isinstance(y, Literal) and x.value != y.value)
            ]
            if clash:
                shown = ", ".join(names.node(value) for value in values)
                findings.append(
                    Finding(
                        check="owl",
                        focus=label(subject),
                        rule=f"{names.node(prop)} a owl:FunctionalProperty",
                        path=names.node(prop),
                        message=f"OWL inconsistency: {names.node(prop)} allows one value, but {label(subject)} has {shown}.",
                        value=shown,
                    )
                )

    for prop, datatype in sorted(ranges.items(), key=lambda item: str(item[0])):
        if kinds.get(prop) != "data":
            continue
        for s, o in sorted(data.subject_objects(prop), key=str):
            if isinstance(o, Literal) and not _in_range(o, datatype):
                findings.append(
                    Finding(
                        check="owl",
                        focus=label(s),
                        rule=f"{names.node(prop)} rdfs:range {names.node(datatype)}",
                        path=names.node(prop),
                        message=f"OWL inconsistency: {names.node(o)} is not a {names.node(datatype)}, the range of {names.node(prop)}.",
                        value=names.node(o),
                    )
                )
    return findings


_INTEGER_TYPES = {URIRef(XSD + name) for name in "integer nonNegativeInteger positiveInteger nonPositiveInteger negativeInteger long int short byte unsignedLong unsignedInt unsignedShort unsignedByte".split()}


def _in_range(literal: Literal, datatype: URIRef) -> bool:
    """Whether a literal is in the value space of a simple OWL 2 range (unknown ranges: yes)."""
    given = literal.datatype
    if datatype in (RDFS.Literal,):
        return True
    if datatype == RDF.PlainLiteral:
        return given in (None, XSD.string, RDF.langString)
    if datatype == XSD.string:
        return given in (None, XSD.string) and literal.language is None
    if datatype == XSD.decimal:
        return given == XSD.decimal or given in _INTEGER_TYPES
    if datatype in _INTEGER_TYPES:
        if given not in _INTEGER_TYPES and given != XSD.decimal:
            return False
        try:
            number = Decimal(str(literal))
        except ArithmeticError:
            return False
        if number != number.to_integral_value():
            return False
        if datatype == XSD.nonNegativeInteger:
            return number >= 0
        return True
    if datatype in (XSD.boolean, XSD.anyURI, XSD.dateTime):
        return given == datatype
    return True


# ---------------------------------------------------------------------------------------
# Naming nodes in findings
# ---------------------------------------------------------------------------------------


_IRI_IN_TEXT = re.compile(r"https?://[^\s<>\"{}|\\^`,;]+[^\s<>\"{}|\\^`,;.)]")


class _Names:
    """Render nodes as the project's prefixed names; a blank node by the triple that points to it."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self.prefixes = Graph()
        bind_prefixes(self.prefixes)
        self.prefixes.bind("sh", SH)
        self.prefixes.bind("nkgsh", SHAPES_NS)

    def iris_in(self, text: str) -> str:
        """Return `text` with the full IRIs in it (from SPARQL message templates) as prefixed names."""
        return _IRI_IN_TEXT.sub(lambda match: self.node(URIRef(match.group(0))).strip("<>"), text)

    def node(self, node) -> str:
        if node is None:
            return ""
        if isinstance(node, URIRef):
            try:
                return self.prefixes.namespace_manager.normalizeUri(node)
            except Exception:
                return f"<{node}>"
        if isinstance(node, Literal):
            return node.n3(self.prefixes.namespace_manager)
        if isinstance(node, BNode):
            incoming = sorted(self.graph.subject_predicates(node), key=lambda pair: (str(pair[0]), str(pair[1])))
            for s, p in incoming:
                if not isinstance(s, BNode):
                    return f"[the {self.node(p)} of {self.node(s)}]"
            return "[a blank node]"
        return str(node)
