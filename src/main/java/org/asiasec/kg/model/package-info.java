/**
 * The records that flow between stages: entities, mentions and facts with their evidence.
 * Extraction produces them into an {@link org.asiasec.kg.model.ExtractionSink}; the RDF mapping consumes them.
 * Nothing here knows about HanLP or Jena.
 */
package org.asiasec.kg.model;
