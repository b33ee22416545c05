# expect: at most one issue date, an xsd:date
PREFIX vnd: <https://w3id.org/vn-directive/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
DELETE { GRAPH ?g { ?d dcterms:issued ?x } } INSERT { GRAPH ?g { ?d dcterms:issued "22/9/2017" } } WHERE { GRAPH ?g { ?d dcterms:issued ?x } FILTER(?d = <https://w3id.org/vn-directive/id/tw/kl/2017/18>) }
