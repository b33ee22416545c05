# expect: a document states its type class
PREFIX vnd: <https://w3id.org/vn-directive/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
DELETE { GRAPH ?g { ?d rdf:type ?t } } WHERE { GRAPH ?g { ?d rdf:type ?t } FILTER(?d = <https://w3id.org/vn-directive/id/tw/kl/2017/18> && ?t != vnd:Document) }
