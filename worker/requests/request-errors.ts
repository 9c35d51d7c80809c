// Why a request takes no response (PROTOCOL 9): each state answers with its own code.
import { REQUEST_MESSAGES } from "../../protocol/api";
import type { RequestStatus } from "../../protocol/enums";
import { ApiError } from "../http/errors";

export const requestNotFound = () => new ApiError(404, "not_found", REQUEST_MESSAGES.notFound);

export function requestRefusal(status: Exclude<RequestStatus, "open">): ApiError {
  switch (status) {
    case "closed":
      return new ApiError(409, "request_closed", REQUEST_MESSAGES.closed);
    case "answered":
      return new ApiError(409, "request_answered", REQUEST_MESSAGES.answered);
    case "expired":
      return new ApiError(410, "expired", REQUEST_MESSAGES.expired);
  }
}
