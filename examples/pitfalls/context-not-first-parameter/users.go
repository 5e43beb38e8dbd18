//go:build go1.13

package contextnotfirstparameter

import (
	"context"
	"fmt"
)

// region ctx-first

// GetUser takes the context first, named ctx, as the context package's
// documentation asks: every blocking call in the program then reads the
// same way, and the context is never lost among the other arguments.
func GetUser(ctx context.Context, id string) (string, error) { // [!code highlight]
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("get user %s: %w", id, err)
	}
	return "user " + id, nil
}

// endregion ctx-first
