/**
 * Streaming stage between extraction/RDF and whatever consumes quads: corpus files → extraction →
 * {@link org.asiasec.kg.rdf.RdfMapper} → quads, one named graph per text, in file order.
 *
 * <pre>
 * CorpusPipeline.run(files, TextSink)   texts extracted in parallel, their quads delivered in the order
 *                                       of the file list from the calling thread
 *   TextQuadBuffer                      quads of a text finished ahead of its turn: a few thousand in
 *                                       memory, the rest spilled to a temporary file
 * </pre>
 *
 * It knows no store: {@code extract} writes its stream to a file, {@code store.DatabaseBuilder} loads it
 * into TDB2.
 */
package org.asiasec.kg.pipeline;
