//go:build bad

// Package bad fetches JSON over HTTP.
package bad

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// region fetch

// Fetch gets url and decodes its JSON body into v.
func Fetch(ctx context.Context, c *http.Client, url string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status) // [!code highlight]
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(v) // [!code highlight]
}

// endregion fetch
