/**
 * Reading stage: from files to the analysis view that recognisers read.
 *
 * <pre>
 * CorpusReader.listTexts(inputs)           which files are texts (sorted, deterministic)
 *   → CorpusReader.read / readOrSkip       bytes → SourceText (TextDecoder: UTF-8, UTF-16, GB18030;
 *                                          binary and invalid input rejected, one line naming the file)
 *   → TextNormaliser.normalise(text)       NormalisedText: lines joined, markup and footnote markers
 *                                          removed, traditional → simplified, headings / paragraphs /
 *                                          footnotes as Blocks, every analysis char mapped to the original
 *   → nlp.SentenceSplitter.split(view)     sentences in analysis offsets
 * </pre>
 *
 * Offsets in {@link org.asiasec.kg.model.Mention} and {@link org.asiasec.kg.model.Evidence} are
 * original offsets: map analysis spans with {@link org.asiasec.kg.corpus.NormalisedText#originalStart}
 * and {@link org.asiasec.kg.corpus.NormalisedText#originalEnd}. Metadata per file comes from
 * {@link org.asiasec.kg.corpus.MetadataCatalog} ({@code sources.tsv}). All classes here are
 * stateless or immutable and safe to use from several threads.
 */
package org.asiasec.kg.corpus;
