//go:build go1.1

// Package fuzzing shows a fuzz test of a round trip between FormatSize and
// ParseSize.
package fuzzing

import "strconv"

// region format

// FormatSize writes n bytes with the largest unit that divides it exactly,
// in the form ParseSize reads: "512B", "10KB", "3MB", "1GB".
func FormatSize(n int64) string {
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}} {
		if n != 0 && n%u.mult == 0 {
			return strconv.FormatInt(n/u.mult, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10) + "B"
}

// endregion format
