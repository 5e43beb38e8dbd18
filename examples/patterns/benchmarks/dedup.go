//go:build go1.1

// Package benchmarks shows benchmarks written with b.Loop (Go 1.24).
package benchmarks

// region dedup

// Dedup returns items without repeats, keeping the first occurrence of
// each. The map is sized up front, so it does not grow while filling.
func Dedup(items []string) []string {
	seen := make(map[string]struct{}, len(items))
	out := make([]string, 0, len(items))
	for _, it := range items {
		if _, ok := seen[it]; ok {
			continue
		}
		seen[it] = struct{}{}
		out = append(out, it)
	}
	return out
}

// endregion dedup
