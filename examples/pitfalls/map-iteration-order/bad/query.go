//go:build bad

// Package bad builds a string from a map in iteration order.
package bad

import (
	"net/url"
	"strings"
)

// region canonical

// CanonicalQuery returns params as a query string, to be used as a cache
// key, or as the input of a request signature that both sides compute with
// this function.
//
// BUG: the order of a range over a map is unspecified and varies from one
// loop to the next, so one set of parameters gives different strings.
func CanonicalQuery(params map[string]string) string {
	var b strings.Builder
	for k, v := range params { // [!code highlight]
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(k))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(v))
	}
	return b.String()
}

// endregion canonical
