// Package stringsasbytes formats numbers with strconv and reads strings
// rune by rune where a character, not a byte, is meant.
package stringsasbytes

import (
	"strconv"
	"unicode/utf8"
)

// region label

// Label names the nth item of a list: "item-7".
func Label(n int) string {
	return "item-" + strconv.Itoa(n) // [!code highlight]
}

// Initial returns the first rune of name, for an avatar, or "" for an empty
// name. A name that does not start with valid UTF-8 gives "\uFFFD", the
// replacement character, rather than a broken byte. A character a reader
// sees as one but that is written as several runes (an accent written as a
// combining mark, a flag, an emoji with a skin tone) is cut to its first
// rune.
func Initial(name string) string {
	if name == "" {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(name) // [!code highlight]
	return string(r)
}

// endregion label
