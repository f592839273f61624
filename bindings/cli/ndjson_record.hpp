#pragma once
// One line of `galley batch --ndjson-out`: the render result of one input
// line with the article's id in front,
//   {"id":…,"html":…,"summary":{…},"diagnostics":[…]}   or   {"id":…,"error":{…}}
// The id is the summary's for a rendered article; for a failed one it is the
// top-level "id" of the line when the line is JSON at all, else null.

#include <string>
#include <string_view>

#include <galley/result.hpp>

namespace galley::cli {

std::string ndjson_record(std::string_view line, const RenderResult& result);

}  // namespace galley::cli
