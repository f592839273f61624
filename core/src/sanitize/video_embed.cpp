#include "sanitize/video_embed.hpp"

#include "sanitize/url_policy.hpp"
#include "text/ascii.hpp"

namespace galley::sanitize {
namespace {

bool youtube_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}
bool digit_char(char c) { return c >= '0' && c <= '9'; }

bool all_of_chars(std::string_view s, bool (*accept)(char)) {
  for (char c : s) {
    if (!accept(c)) return false;
  }
  return !s.empty();
}

struct Player {
  std::string_view host;
  std::string_view path_prefix;
  VideoProvider provider;
};
constexpr Player kPlayers[] = {
    {"www.youtube.com", "/embed/", VideoProvider::youtube},
    {"youtube.com", "/embed/", VideoProvider::youtube},
    {"www.youtube-nocookie.com", "/embed/", VideoProvider::youtube},
    {"youtube-nocookie.com", "/embed/", VideoProvider::youtube},
    {"player.vimeo.com", "/video/", VideoProvider::vimeo},
};

}  // namespace

std::optional<VideoProvider> video_provider(std::string_view name) {
  if (name == "youtube") return VideoProvider::youtube;
  if (name == "vimeo") return VideoProvider::vimeo;
  return std::nullopt;
}

std::string_view provider_name(VideoProvider provider) {
  return provider == VideoProvider::youtube ? "youtube" : "vimeo";
}

std::optional<VideoEmbed> video_embed(std::string_view provider, std::string_view id) {
  const std::optional<VideoProvider> known = video_provider(provider);
  if (!known) return std::nullopt;
  const bool valid = *known == VideoProvider::youtube ? id.size() == 11 && all_of_chars(id, youtube_id_char)
                                                      : id.size() <= 12 && all_of_chars(id, digit_char);
  if (!valid) return std::nullopt;
  return VideoEmbed{*known, std::string(id)};
}

std::optional<VideoEmbed> video_embed_from_url(std::string_view url) {
  const std::string cleaned = clean_url(url);
  const UriParts parts = split_uri(cleaned);
  if (parts.has_scheme && !text::ascii::equals_ignoring_case(parts.scheme, "https") &&
      !text::ascii::equals_ignoring_case(parts.scheme, "http")) {
    return std::nullopt;
  }
  if (!parts.has_authority) return std::nullopt;
  for (const Player& player : kPlayers) {
    if (!text::ascii::equals_ignoring_case(parts.authority, player.host)) continue;
    if (parts.path.substr(0, player.path_prefix.size()) != player.path_prefix) return std::nullopt;
    return video_embed(provider_name(player.provider), parts.path.substr(player.path_prefix.size()));
  }
  return std::nullopt;
}

std::string_view embed_figure_class(VideoProvider provider) {
  return provider == VideoProvider::youtube ? "galley-embed galley-embed-youtube" : "galley-embed galley-embed-vimeo";
}

std::optional<VideoProvider> provider_of_figure_class(std::string_view class_value) {
  for (VideoProvider provider : {VideoProvider::youtube, VideoProvider::vimeo}) {
    if (class_value == embed_figure_class(provider)) return provider;
  }
  return std::nullopt;
}

void write_video_embed_start(serialize::HtmlWriter& writer, const VideoEmbed& embed, std::string_view title) {
  writer.start_tag_open("figure");
  writer.attribute("class", embed_figure_class(embed.provider));
  writer.start_tag_close();
  write_video_iframe(writer, embed, title);
}

void write_video_iframe(serialize::HtmlWriter& writer, const VideoEmbed& embed, std::string_view title) {
  const bool youtube = embed.provider == VideoProvider::youtube;
  writer.start_tag_open("iframe");
  writer.attribute("src", youtube ? "https://www.youtube-nocookie.com/embed/" + embed.id
                                  : "https://player.vimeo.com/video/" + embed.id + "?dnt=1");
  writer.attribute("title", !title.empty() ? title : youtube ? "YouTube video" : "Vimeo video");
  writer.attribute("width", "560");
  writer.attribute("height", "315");
  writer.attribute("loading", "lazy");
  writer.attribute("referrerpolicy", "strict-origin-when-cross-origin");
  writer.attribute("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups");
  writer.attribute("allow", "encrypted-media; picture-in-picture; fullscreen");
  writer.boolean_attribute("allowfullscreen");
  writer.start_tag_close();
  writer.end_tag("iframe");
}

}  // namespace galley::sanitize
