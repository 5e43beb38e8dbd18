// Package client fetches JSON over HTTP, reusing its connections.
package client

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// region fetch

// maxDrain bounds what is read and thrown away so a connection can be
// reused: past it, closing the connection is cheaper than reading on.
const maxDrain = 64 << 10

// Fetch gets url and decodes its JSON body into v. c must not be nil.
func Fetch(ctx context.Context, c *http.Client, url string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err // resp is nil, or its body is already closed
	}
	defer func() { // on every path, once resp is not nil // [!code highlight]
		io.Copy(io.Discard, io.LimitReader(resp.Body, maxDrain)) // read to the end // [!code highlight]
		resp.Body.Close()
	}()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// endregion fetch
