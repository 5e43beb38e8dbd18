// Package signup takes signups as JSON request bodies.
package signup

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
)

// Signup is the JSON body of POST /signups.
type Signup struct {
	Email string `json:"email"`
	Name  string `json:"name"`
}

// Store keeps signups.
type Store interface {
	Add(Signup) error
}

// region handler

// maxBody is the largest request body the handler reads: a signup is a few
// hundred bytes, so 64 KiB leaves room without letting a client fill memory.
const maxBody = 64 << 10

// Handler serves POST /signups.
func Handler(store Store, logger *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var s Signup
		if status, msg, err := decodeJSON(w, r, &s); err != nil {
			logger.InfoContext(r.Context(), "bad signup body", "err", err)
			http.Error(w, msg, status)
			return
		}
		if s.Email == "" {
			http.Error(w, "email is required", http.StatusBadRequest)
			return
		}
		if err := store.Add(s); err != nil {
			logger.ErrorContext(r.Context(), "store signup", "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusCreated)
	}
}

// decodeJSON reads exactly one JSON value of at most maxBody bytes into dst.
// When it cannot, it returns the status and a message to send the client,
// and the error itself, which may name addresses and Go types, for the log.
func decodeJSON(w http.ResponseWriter, r *http.Request, dst any) (int, string, error) {
	if r.ContentLength > maxBody { // [!code highlight]
		return http.StatusRequestEntityTooLarge, tooLarge, fmt.Errorf("Content-Length %d", r.ContentLength)
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxBody) // [!code highlight]
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields() // [!code highlight]
	err := dec.Decode(dst)
	if err == nil {
		// Only white space may follow the value: then Token reports io.EOF.
		if _, err = dec.Token(); errors.Is(err, io.EOF) { // [!code highlight]
			return 0, "", nil
		}
		if err == nil {
			return http.StatusBadRequest, "data after the JSON value", errors.New("data after the JSON value")
		}
	}
	var tooBig *http.MaxBytesError
	var syntax *json.SyntaxError
	var wrongType *json.UnmarshalTypeError
	switch {
	case errors.As(err, &tooBig): // [!code highlight]
		return http.StatusRequestEntityTooLarge, tooLarge, err
	case errors.Is(err, io.EOF):
		return http.StatusBadRequest, "empty request body", err
	case errors.As(err, &syntax), errors.Is(err, io.ErrUnexpectedEOF):
		return http.StatusBadRequest, "malformed JSON", err
	case errors.As(err, &wrongType):
		return http.StatusBadRequest, fmt.Sprintf("field %q has the wrong type", wrongType.Field), err
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		// encoding/json has no error type for it; the message names the key.
		return http.StatusBadRequest, strings.TrimPrefix(err.Error(), "json: "), err
	default:
		return http.StatusBadRequest, "could not read the request body", err
	}
}

const tooLarge = "request body too large"

// endregion handler
