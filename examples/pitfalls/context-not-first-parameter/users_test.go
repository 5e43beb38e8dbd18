package contextnotfirstparameter

import (
	"context"
	"errors"
	"testing"
)

func TestGetUser(t *testing.T) {
	if u, err := GetUser(context.Background(), "7"); u != "user 7" || err != nil {
		t.Errorf("GetUser = %q, %v", u, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := GetUser(ctx, "7"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}
