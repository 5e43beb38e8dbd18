// Package comparableinterface removes repeated values without hashing
// values that may not be comparable.
package comparableinterface

import (
	"encoding/json"
	"fmt"
)

// region distinct

// DistinctFunc returns values without repeats, keeping the first of each
// in order. Two values repeat each other when key gives both the same key.
// K should be strictly comparable (not an interface type, nor a struct or
// array holding one), or DistinctFunc can panic like the map it uses.
func DistinctFunc[T any, K comparable](values []T, key func(T) (K, error)) ([]T, error) {
	seen := make(map[K]bool, len(values))
	var out []T
	for i, v := range values {
		k, err := key(v) // [!code highlight]
		if err != nil {
			return nil, fmt.Errorf("value %d: %w", i, err)
		}
		if !seen[k] { // [!code highlight]
			seen[k] = true
			out = append(out, v)
		}
	}
	return out, nil
}

// DistinctJSON returns values decoded by json.Unmarshal into any without
// repeats. Arrays and objects decode to []any and map[string]any, which
// cannot be map keys, so each value is keyed by its JSON encoding:
// json.Marshal sorts object keys and writes each float64 one way, so values
// that decode alike encode alike (except -0, which stays apart from 0).
// Other Go values are compared by their encoding too.
func DistinctJSON(values []any) ([]any, error) {
	return DistinctFunc(values, func(v any) (string, error) { // [!code highlight]
		b, err := json.Marshal(v)
		return string(b), err
	})
}

// endregion distinct
