/**
 * Full-text search over the evidence sentences: a Lucene index with Lucene's SmartChineseAnalyzer, written
 * at build time through jena-text (so the index is jena-text's own format) and read at serve time.
 */
package org.asiasec.kg.search;
