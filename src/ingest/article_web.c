/* article_web.c - the getters of the article's web metadata (authors,
 * site, modification date, links), set by the HTML, feed and WARC
 * readers (web.c).  Kept apart from core/article.c because only the web
 * readers fill these fields. */
#include <assert.h>

#include "core/article_int.h"

const char *nf_article_authors(const nf_article *a)
{
    assert(a);
    return a->authors;
}

const char *nf_article_site(const nf_article *a)
{
    assert(a);
    return a->site;
}

const char *nf_article_modified(const nf_article *a)
{
    assert(a);
    return a->modified;
}

size_t nf_article_link_count(const nf_article *a)
{
    assert(a);
    return a->n_links;
}
