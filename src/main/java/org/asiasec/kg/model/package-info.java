/**
 * The records that flow between stages: entities, mentions and facts with their evidence.
 * Extraction produces them into an {@link org.asiasec.kg.model.ExtractionSink}; the RDF mapping consumes them.
 * Nothing here knows about HanLP, Jena or any stage: a source text is seen through {@link org.asiasec.kg.model.Source}.
 */
package org.asiasec.kg.model;
