//go:build bad

// Package bad is the code under test for the
// fatal-from-goroutine pitfall: a lookup the tests call concurrently.
package bad

import "fmt"

var capitals = map[string]string{"France": "Paris", "Japan": "Tokyo", "Peru": "Lima"}

// Capital returns the capital of country.
func Capital(country string) (string, error) {
	c, ok := capitals[country]
	if !ok {
		return "", fmt.Errorf("no capital known for %q", country)
	}
	return c, nil
}
