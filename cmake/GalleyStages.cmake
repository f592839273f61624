# The folders of core/src/, in pipeline order. A stage may include its own
# headers and those of the stages before it, never a later stage's
# (docs/architecture.md; checked by cmake/CheckStageIncludes.cmake).
set(GALLEY_STAGES
  common      # diagnostics, RenderFailure, the code catalogue
  text        # bytes, UTF-8, ASCII, Unicode tables, input checks
  json        # JSON values, reader, writer, pointers
  article     # the input model: Article, parse_article, byline wording
  html        # WHATWG tokenizer and character references
  serialize   # HtmlWriter: escaping and output limits
  sanitize    # policy, content model, URL policy, Sanitizer, BodyContent
  markdown    # md4c events into the Sanitizer; the CommonMark reference
  body        # the article body (Markdown, HTML, text, blocks) into the Sanitizer
  layout      # the article template around the body
  analysis    # sentences, keywords, entities, reading statistics
  summary     # summary JSON, JSON-LD and social metadata
  page        # the complete HTML document
  api)        # galley::render and the public API's JSON
