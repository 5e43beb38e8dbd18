//go:build bad

// Package bad treats strings as bytes and integers as characters.
package bad

// region label

// Label names the nth item of a list: "item-7".
//
// BUG: string(n) does not format a number. It converts n to the one
// character whose code point is n: string(7) is "\a", string(65) is "A".
func Label(n int) string {
	return "item-" + string(n) // [!code highlight]
}

// Initial returns the first letter of name, for an avatar.
//
// BUG: name[:1] is the first byte. A letter outside ASCII takes two to
// four bytes in UTF-8, so "Élodie" gives half a character: "\xc3".
func Initial(name string) string {
	if name == "" {
		return ""
	}
	return name[:1] // [!code highlight]
}

// endregion label
