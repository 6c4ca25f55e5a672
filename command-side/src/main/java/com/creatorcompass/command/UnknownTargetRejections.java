package com.creatorcompass.command;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.creator.CreatorCommand;
import com.creatorcompass.contracts.user.UserCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/** A command for a creator or user that does not exist is a rejection in the domain's words, not an Axon error. */
@Component
public class UnknownTargetRejections implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (AggregateNotFoundException notFound) {
            Object command = unitOfWork.getMessage().getPayload();
            if (command instanceof CreatorCommand creatorCommand) {
                throw new CommandRejectedException(
                        Rejection.CREATOR_NOT_TRACKED,
                        "no creator with id " + creatorCommand.creatorId() + " was ever tracked");
            }
            if (command instanceof UserCommand userCommand) {
                throw new CommandRejectedException(
                        Rejection.USER_NOT_REGISTERED, "no user with id " + userCommand.userId() + " is registered");
            }
            throw notFound;
        }
    }
}
