# expect: a document links to itself
PREFIX vnd: <https://w3id.org/vn-directive/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
INSERT DATA { GRAPH <urn:x> { <https://w3id.org/vn-directive/id/tw/kl/2017/18> vnd:implements <https://w3id.org/vn-directive/id/tw/kl/2017/18> } }
