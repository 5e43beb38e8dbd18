//go:build go1.24

// Package grpcservice implements a gRPC service and its client: a server
// type that embeds the generated Unimplemented server, takes its
// dependencies in a constructor, and streams results; and a client made
// with grpc.NewClient.
package grpcservice

import (
	"context"
	"errors"
	"slices"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/wrapperspb"
)

// region server

// ErrNotFound is what a Store returns for an unknown ID.
var ErrNotFound = errors.New("not found")

// Store is what the service needs from its storage, defined here, where it
// is used.
type Store interface {
	Name(ctx context.Context, id string) (string, error)
	Names(ctx context.Context) ([]string, error)
}

// Server implements UsersServer.
type Server struct {
	UnimplementedUsersServer // by value: new methods answer Unimplemented
	store                    Store
}

// NewServer returns a Server backed by store. There is no usable zero
// Server, and a nil store is refused here, at startup, rather than left
// to panic on the first call.
func NewServer(store Store) *Server {
	if store == nil {
		panic("grpcservice: NewServer with a nil store")
	}
	return &Server{store: store}
}

func (s *Server) GetUser(ctx context.Context, id *wrapperspb.StringValue) (*wrapperspb.StringValue, error) {
	if id.GetValue() == "" {
		return nil, status.Error(codes.InvalidArgument, "user ID is required")
	}
	name, err := s.store.Name(ctx, id.GetValue())
	switch {
	case errors.Is(err, ErrNotFound):
		return nil, status.Errorf(codes.NotFound, "user %q not found", id.GetValue())
	case err != nil:
		return nil, status.Error(codes.Internal, "internal error") // no internal details for the client
	}
	return wrapperspb.String(name), nil
}

// ListUsers streams every user name. It reads the list first, so a store
// error is returned as the call's status, then sends one message per name,
// stopping if the client goes away.
func (s *Server) ListUsers(_ *emptypb.Empty, stream grpc.ServerStreamingServer[wrapperspb.StringValue]) error {
	names, err := s.store.Names(stream.Context())
	if err != nil {
		return status.Error(codes.Internal, "internal error")
	}
	for _, name := range names {
		if err := stream.Send(wrapperspb.String(name)); err != nil { // [!code highlight]
			return err // the client cancelled or the connection broke
		}
	}
	return nil
}

// endregion server

// MapStore is a Store over a map, for tests and examples.
type MapStore map[string]string

func (m MapStore) Name(_ context.Context, id string) (string, error) {
	if name, ok := m[id]; ok {
		return name, nil
	}
	return "", ErrNotFound
}

func (m MapStore) Names(context.Context) ([]string, error) {
	names := make([]string, 0, len(m))
	for _, n := range m {
		names = append(names, n)
	}
	slices.Sort(names)
	return names, nil
}
