//go:build go1.22

package happypathonlytests_test

import (
	"errors"
	"testing"

	hp "fieldguide.dev/examples/pitfalls/happy-path-only-tests"
)

// region good

func TestWithdraw(t *testing.T) {
	tests := []struct {
		name            string
		balance, amount int
		want            int
		wantErr         error
	}{
		{"ordinary", 100, 30, 70, nil},
		{"whole balance", 100, 100, 0, nil},                           // edge
		{"zero amount", 100, 0, 100, hp.ErrInvalidAmount},             // error
		{"negative amount", 100, -5, 100, hp.ErrInvalidAmount},        // error
		{"more than balance", 100, 101, 100, hp.ErrInsufficientFunds}, // error // [!code highlight]
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := hp.Withdraw(tt.balance, tt.amount)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error = %v, want %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("balance = %d, want %d", got, tt.want)
			}
		})
	}
}

// endregion good
