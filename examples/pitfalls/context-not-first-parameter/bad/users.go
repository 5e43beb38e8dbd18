//go:build bad && go1.13

package bad

import (
	"context"
	"fmt"
)

// region ctx-last

// GetUser takes its context last, unlike the standard library and every
// other function a reader has seen, so call sites read inconsistently and
// the context is easy to miss when a signature grows.
func GetUser(id string, ctx context.Context) (string, error) { // [!code highlight]
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("get user %s: %w", id, err)
	}
	return "user " + id, nil
}

// endregion ctx-last
