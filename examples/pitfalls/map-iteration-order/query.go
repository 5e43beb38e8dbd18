// Package mapiterationorder builds a canonical string from a map by
// visiting its keys in sorted order.
package mapiterationorder

import (
	"maps"
	"net/url"
	"slices"
	"strings"
)

// region canonical

// CanonicalQuery returns params as a query string with the keys in byte
// order, so one set of parameters always gives one string: a cache key, or
// the input of a request signature that both sides compute with this
// function.
func CanonicalQuery(params map[string]string) string {
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(params)) { // [!code highlight]
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(k))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(params[k]))
	}
	return b.String()
}

// endregion canonical
