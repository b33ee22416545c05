# expect: an ambiguous mention names at least two candidates
PREFIX vnd: <https://w3id.org/vn-directive/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
DELETE { GRAPH ?g { ?m vnd:resolution "resolved" } } INSERT { GRAPH ?g { ?m vnd:resolution "ambiguous" } } WHERE { { SELECT ?m ?g WHERE { GRAPH ?g { ?m a vnd:Mention ; vnd:resolution "resolved" } } ORDER BY ?m LIMIT 1 } }
