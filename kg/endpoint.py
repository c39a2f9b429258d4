"""Talking to an external SPARQL 1.1 store: HTTP with basic or digest auth, and a query engine.

    engine = EndpointEngine("http://localhost:8890/sparql")
    engine.run("SELECT ...")          # -> Results, rows of rdflib terms, like OxigraphEngine

`kg push` writes through `http_request`; `kg query --endpoint` reads through `EndpointEngine`.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.store import Results, make_results

AUTH_METHODS = ("basic", "digest")

# media type of an RDF answer -> rdflib parser name
RDF_PARSERS = {
    "text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "nt", "text/plain": "nt", "text/rdf+n3": "n3", "text/n3": "n3",
    "application/rdf+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "application/ld+json": "json-ld", "application/json": "json-ld",
    "application/n-quads": "nquads", "application/trig": "trig",
}


def make_opener(url: str, user: str | None = None, password: str | None = None, auth: str = "digest"):
    """Return a urllib opener that answers `url`'s auth challenge with `user` / `password`."""
    if auth not in AUTH_METHODS:
        raise StoreError(f"unknown auth method {auth!r}; use one of {', '.join(AUTH_METHODS)}")
    if user is None:
        return urllib.request.build_opener()
    root = "{0.scheme}://{0.netloc}/".format(urlsplit(url))
    if auth == "basic":
        manager = urllib.request.HTTPPasswordMgrWithPriorAuth()
        manager.add_password(None, root, user, password or "", is_authenticated=True)  # send it up front
        return urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(manager))
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, root, user, password or "")
    return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(manager))


def http_request(url: str, method: str = "GET", data: bytes | None = None, headers: dict | None = None,
                 opener=None, timeout: float = 300.0) -> tuple[int, dict, bytes]:
    """Return (status, headers, body) of one HTTP request; raise StoreError on failure."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        detail = error.read()[:400].decode("utf-8", errors="replace").strip()
        if error.code in (401, 403):
            raise StoreError(
                f"{url} refused the request ({error.code}): give --user and --password with the right --auth "
                f"(Virtuoso: digest, account dba); {detail}"
            ) from None
        if error.code == 404:
            raise StoreError(f"nothing at {url} (404): check the endpoint URL; {detail}") from None
        raise StoreError(f"{url} answered {error.code}: {detail}") from None
    except (urllib.error.URLError, socket.timeout, ConnectionError) as error:
        reason = getattr(error, "reason", error)
        raise StoreError(f"cannot reach {url} ({reason}); is the store running and the URL right?") from None


def term_from_json(binding: dict):
    """Return the rdflib term for one SPARQL JSON results binding."""
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):  # Virtuoso still says typed-literal
        lang = binding.get("xml:lang")
        datatype = binding.get("datatype")
        if lang:
            return Literal(value, lang=lang)
        if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(value, datatype=URIRef(datatype))
        return Literal(value)
    raise QueryError(f"the endpoint answered a term of unknown type {kind!r}")


class EndpointEngine:
    """Runs SPARQL on a remote SPARQL 1.1 endpoint; answers like OxigraphEngine (rdflib terms)."""

    def __init__(self, url: str, user: str | None = None, password: str | None = None, auth: str = "digest",
                 timeout: float = 120.0):
        self.url = url
        self.user = user
        self.password = password
        self.auth = auth
        self.timeout = timeout

    def _client(self, sparql: str):
        from SPARQLWrapper import BASIC, DIGEST, POST, SPARQLWrapper

        client = SPARQLWrapper(self.url)
        client.setQuery(sparql)
        client.setMethod(POST)
        client.setTimeout(int(self.timeout))
        if self.user is not None:
            client.setHTTPAuth(DIGEST if self.auth == "digest" else BASIC)
            client.setCredentials(self.user, self.password or "")
        return client

    def run(self, sparql: str) -> Results:
        """Run a query on the endpoint and return its Results."""
        from SPARQLWrapper import ASK, JSON, SELECT, TURTLE
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        client = self._client(sparql)
        if client.isSparqlUpdateRequest():
            raise QueryError("this is a SPARQL Update; `kg query` only reads (use `kg push` to write)")
        graph_query = client.queryType not in (SELECT, ASK)
        client.setReturnFormat(TURTLE if graph_query else JSON)
        try:
            response = client.query()
            media = (response.info().get("content-type") or "").split(";")[0].strip().lower()
            body = response.response.read()
        except SPARQLWrapperException as error:
            text = str(error)
            if "QueryBadFormed" in type(error).__name__ or "bad" in text.lower():
                raise QueryError(f"the endpoint rejected the query: {text[:400]}") from None
            raise StoreError(f"{self.url} failed: {text[:400]}") from None
        except urllib.error.HTTPError as error:
            raise StoreError(f"{self.url} answered {error.code}: {error.read()[:300].decode('utf-8', 'replace')}") from None
        except (urllib.error.URLError, socket.timeout, ConnectionError) as error:
            raise StoreError(f"cannot reach {self.url} ({getattr(error, 'reason', error)}); is it running?") from None
        if graph_query:
            graph = Graph()
            try:
                graph.parse(data=body, format=RDF_PARSERS.get(media, "turtle"))
            except Exception as error:  # rdflib parsers raise many kinds
                raise StoreError(f"{self.url} answered {media or 'something'} that is not RDF: {error}") from None
            return make_results("graph", graph=graph)
        import json

        try:
            data = json.loads(body)
        except ValueError:
            raise StoreError(f"{self.url} did not answer SPARQL JSON results (got {media or 'nothing'})") from None
        if "boolean" in data:
            return make_results("ask", boolean=bool(data["boolean"]))
        variables = list(data.get("head", {}).get("vars", []))
        rows = [
            tuple(term_from_json(b[v]) if v in b else None for v in variables)
            for b in data.get("results", {}).get("bindings", [])
        ]
        return make_results("select", variables=variables, rows=rows)


def register_engines() -> bool:
    """Teach kg.querying.open_engine about store directories and http(s) endpoints.

    Return False where kg.querying is not installed. Call it once, e.g. from kg.querying's end.
    """
    try:
        from kg.querying import register_engine
    except ImportError:
        return False
    from kg.store import OxigraphEngine, is_store

    register_engine("store", is_store, lambda target: OxigraphEngine.open(target),
                    "a store directory (kg build --store DIR)")
    register_engine("endpoint", lambda target: str(target).startswith(("http://", "https://")),
                    lambda target: EndpointEngine(str(target)), "a SPARQL endpoint URL (http://.../sparql)")
    return True


__all__ = ["EndpointEngine", "register_engines", "make_opener", "http_request", "term_from_json", "AUTH_METHODS"]
