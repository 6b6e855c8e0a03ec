package ingest

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"
)

// Bounds on fetching a link: a news page arrives in seconds; a server
// that sends for longer, or more, is refused rather than waited on.
const (
	// FetchTimeout is the longest a link is waited on, headers and body.
	FetchTimeout = 30 * time.Second
	// maxRedirects is the most redirects followed.
	maxRedirects = 10
)

// Reasons a link is skipped, in its FileError.
var (
	// ErrNotLink: the link is not an http or https URL with a host.
	ErrNotLink = errors.New("not a web link (http:// or https://)")
	// ErrNotArticleType: the server sent something that is not a page,
	// PDF, Word file, Markdown or text (an image, a video).
	ErrNotArticleType = errors.New("not an article: the link sends")
	// ErrRefused: the server answered with an error status (gone,
	// forbidden, a sign-in wanted); the FileError says which.
	ErrRefused = errors.New("the server did not send the page")
)

// IsLink reports whether p names a web link rather than a file: it starts
// with http:// or https://.
func IsLink(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// client fetches links: with a timeout over the whole exchange, at most
// maxRedirects redirects, and the proxy the environment names.
var client = &http.Client{
	Timeout: FetchTimeout,
	CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return fmt.Errorf("more than %d redirects", maxRedirects)
		}
		return nil
	},
}

// linkTypes maps the media types a server may send an article as to the
// extension its file would have, by which ParseFile reads it.
var linkTypes = map[string]string{
	"text/html":             ".html",
	"application/xhtml+xml": ".html",
	"application/pdf":       ".pdf",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
	"text/markdown": ".md",
	"text/plain":    ".txt",
}

// Fetch gets the article at link, an http or https URL, with GET,
// following redirects. It returns the file name the article is stored
// under (the last part of the final URL's path, or its host, with the
// extension of the type the server sent, told by its Content-Type, else
// sniffed from the first bytes) and the bytes, of at most MaxArticleSize
// (MaxDocumentSize for a PDF or Word file).
// Errors name no link: the caller's FileError does.
func Fetch(ctx context.Context, link string) (name string, data []byte, err error) {
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", nil, ErrNotLink
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return "", nil, err
	}
	req.Header.Set("User-Agent", "Factcheck (a fact-checking desktop app)")
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/pdf, text/plain;q=0.8, */*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the link is named by the caller
		}
		return "", nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", nil, fmt.Errorf("%w: it answered %s", ErrRefused, resp.Status)
	}
	// A PDF or Word file may be larger than a page: the server's word for
	// it decides how much is read, the bytes what it is.
	limit := int64(MaxArticleSize)
	if ext, _ := linkExtension(resp.Header.Get("Content-Type"), nil); ext == "" || sizeLimit(ext) > limit {
		limit = MaxDocumentSize
	}
	data, err = readLimited(resp.Body, resp.ContentLength, limit)
	if err != nil {
		return "", nil, err
	}
	ext, err := linkExtension(resp.Header.Get("Content-Type"), data)
	if err != nil {
		return "", nil, err
	}
	if int64(len(data)) > sizeLimit(ext) {
		return "", nil, fmt.Errorf("%w: larger than %d MiB", ErrTooLarge, sizeLimit(ext)>>20)
	}
	return linkName(resp.Request.URL, ext), data, nil
}

// linkExtension returns the extension of a file of the media type the
// server said (contentType), else of the type data's first bytes show.
func linkExtension(contentType string, data []byte) (string, error) {
	t, _, err := mime.ParseMediaType(contentType)
	if err != nil || t == "application/octet-stream" || linkTypes[t] == "" {
		sniffed, _, _ := mime.ParseMediaType(http.DetectContentType(data))
		if linkTypes[sniffed] != "" || t == "" || t == "application/octet-stream" {
			t = sniffed
		}
	}
	if ext := linkTypes[t]; ext != "" {
		return ext, nil
	}
	return "", fmt.Errorf("%w %s", ErrNotArticleType, t)
}

// linkName names the article fetched from u: the last part of its path,
// else its host, ending in ext.
func linkName(u *url.URL, ext string) string {
	name := path.Base(u.Path)
	if name == "/" || name == "." || name == "" {
		name = u.Hostname()
	}
	if !strings.EqualFold(path.Ext(name), ext) {
		name += ext
	}
	return name
}
