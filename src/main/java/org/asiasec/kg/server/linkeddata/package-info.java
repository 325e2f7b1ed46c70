/**
 * Linked data for the graph: every resource IRI under the base dereferences on the server.
 *
 * <p>Mount it on the Fuseki server with one call, {@link org.asiasec.kg.server.linkeddata.LinkedDataModule#register}:
 * <pre>{@code
 * FusekiServer.Builder builder = FusekiServer.create().port(3030).add("/kg", dsg, false);
 * LinkedDataModule.register(builder, dsg, LinkedDataSettings.defaults()
 *         .withVocabularyFile(Path.of("ontology/asiasec.ttl"))
 *         .withVoidFile(Path.of("dumps/void.ttl"))
 *         .withDumpDirectory(Path.of("dumps")));
 * }</pre>
 *
 * <p>Paths: {@code /resource/{id}} (303 by Accept), {@code /page/{id}}, {@code /data/{id}.ttl|.jsonld|.rdf|.nt},
 * {@code /page/} (classes with counts), {@code /page/?class={IRI}}, {@code /.well-known/void}, {@code /dumps/}.
 * The names of the evidence properties the pages read are in {@code EvidenceVocabulary}.
 */
package org.asiasec.kg.server.linkeddata;
