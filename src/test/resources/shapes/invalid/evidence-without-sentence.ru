# expect: sentence>: minCount[1]
PREFIX vnd: <https://w3id.org/vn-directive/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
DELETE { GRAPH ?g { ?e vnd:sentence ?s } } WHERE { { SELECT ?e WHERE { GRAPH ?g0 { ?e a vnd:LinkEvidence } } ORDER BY ?e LIMIT 1 } GRAPH ?g { ?e vnd:sentence ?s } }
