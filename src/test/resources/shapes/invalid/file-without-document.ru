# expect: every input file is the source of a document node
PREFIX vnd: <https://w3id.org/vn-directive/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
DELETE { GRAPH ?g { ?d dcterms:source ?s } } WHERE { GRAPH ?g { ?d dcterms:source ?s } GRAPH ?g2 { ?s vnd:fileName "003_d36600f59ffdebfe.txt" } }
