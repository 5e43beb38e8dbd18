//go:build go1.24

package testdoubles_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	td "fieldguide.dev/examples/patterns/test-doubles"
)

// region doubles

// fakeUsers is a fake: a working in-memory implementation. err, when set,
// makes every call fail, to test the error paths.
type fakeUsers struct {
	emails map[string]bool
	err    error
}

func (f *fakeUsers) Exists(_ context.Context, email string) (bool, error) {
	return f.emails[email], f.err
}

func (f *fakeUsers) Add(_ context.Context, email string) error {
	if f.err != nil {
		return f.err
	}
	f.emails[email] = true
	return nil
}

// spyMailer is a spy: it records what it was asked to send, and fails
// with err when err is set.
type spyMailer struct {
	sent []string
	err  error
}

func (s *spyMailer) Send(_ context.Context, to, _ string) error {
	s.sent = append(s.sent, to)
	return s.err
}

// endregion doubles

// region test

func TestRegister(t *testing.T) {
	errDB := errors.New("db down")
	errSMTP := errors.New("smtp down")
	tests := []struct {
		name     string
		existing []string
		usersErr error
		mailErr  error
		wantErr  error
		wantSent []string
	}{
		{name: "new address", wantSent: []string{"a@example.com"}},
		{name: "already registered", existing: []string{"a@example.com"}, wantErr: td.ErrTaken},
		{name: "store fails", usersErr: errDB, wantErr: errDB},
		{name: "mail fails", mailErr: errSMTP, wantErr: errSMTP, wantSent: []string{"a@example.com"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Fresh doubles for every case: nothing carries over. // [!code highlight]
			users := &fakeUsers{emails: map[string]bool{}, err: tt.usersErr}
			for _, e := range tt.existing {
				users.emails[e] = true
			}
			mail := &spyMailer{err: tt.mailErr}

			err := td.NewSignup(users, mail).Register(t.Context(), "a@example.com")
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Register error = %v, want %v", err, tt.wantErr)
			}
			if !slices.Equal(mail.sent, tt.wantSent) {
				t.Errorf("sent to %v, want %v", mail.sent, tt.wantSent)
			}
		})
	}
}

// endregion test
