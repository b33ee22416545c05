# expect: the link an evidence node describes is not in the graph
PREFIX vnd: <https://w3id.org/vn-directive/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
DELETE { GRAPH ?g { ?s vnd:continues ?o } } WHERE { GRAPH ?g { ?s vnd:continues ?o } }
