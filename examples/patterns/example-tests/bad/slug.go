//go:build bad

// Package bad turns titles into URL path segments.
package bad

import (
	"strings"
	"unicode"
)

// Make returns title in lower case, with each run of characters other than
// letters, marks and decimal digits replaced by one hyphen, and none at
// either end. It does not normalize: "é" and "e\u0301" give different slugs.
func Make(title string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range title {
		if unicode.In(r, unicode.L, unicode.M, unicode.Nd) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		hyphen = true
	}
	return b.String()
}

// Set collects distinct slugs.
type Set struct {
	seen map[string]bool
}

// Add adds the slug of title and reports whether it was new.
func (s *Set) Add(title string) bool {
	if s.seen == nil {
		s.seen = make(map[string]bool)
	}
	slug := Make(title)
	if s.seen[slug] {
		return false
	}
	s.seen[slug] = true
	return true
}

// All returns the slugs in no particular order.
func (s *Set) All() []string {
	all := make([]string, 0, len(s.seen))
	for slug := range s.seen {
		all = append(all, slug)
	}
	return all
}
